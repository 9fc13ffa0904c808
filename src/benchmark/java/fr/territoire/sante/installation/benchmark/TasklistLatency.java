package fr.territoire.sante.installation.benchmark;

import fr.territoire.sante.installation.SqlCapture;
import fr.territoire.sante.installation.engine.QueryPerformancePlugin;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The first page a CLS member's Tasklist asks for: the "Tâches CLS" filter (candidate group cls,
 * assigned tasks included, sorted by due date) listed through the FilterService, as the REST API does
 * for Tasklist, authenticated as a CLS member so the authorization checks run. Measured in
 * {@link #PHASES} on the same data, the indexes of {@code QueryPerformancePlugin} being there in
 * all: Camunda's default authorization check; the per-task check alone; as shipped (per-task check and
 * the plugin's planner settings); and the request Tasklist itself sends when the user has not picked a
 * sort (the filter's order, then its own default, creation date descending, 15 rows), with and without
 * the planner settings. Each phase starts on fresh connections. The SQL the
 * engine generated and the plans the database chose for it (with its values written in) are kept
 * with the figures. On PostgreSQL the default check takes seconds: it gets a time budget instead of
 * a sample count, and no count query.
 */
final class TasklistLatency {

    static final String FILTER = "Tâches CLS";
    /** What application.yaml sets (camunda.bpm.authorization.authorization-check-revokes). */
    static final String SHIPPED_REVOKES = "always";
    /** Tasklist's page when no sort is chosen: 15 rows, by creation date descending after the filter's order. */
    static final int TASKLIST_PAGE = 15;

    record Phase(String key, String label, String revokes, boolean planned, boolean tasklistSort, int rows, boolean slow) {
    }

    static final List<Phase> PHASES = List.of(
            new Phase("before", "authorization-check-revokes auto (Camunda's default): authorizations joined; no planner settings",
                    "auto", false, false, 50, true),
            new Phase("per_task_checks", "authorization-check-revokes always (authorizations checked per task), no planner settings",
                    "always", false, false, 50, false),
            new Phase("after", "as shipped: per-task checks and the planner settings for filter lists",
                    "always", true, false, 50, false),
            new Phase("tasklist_default_sort_without_planning", "Tasklist's own request (filter order, then created desc, 15 rows), without the planner settings",
                    "always", false, true, TASKLIST_PAGE, false),
            new Phase("tasklist_default_sort", "Tasklist's own request (filter order, then created desc, 15 rows), as shipped",
                    "always", true, true, TASKLIST_PAGE, false));

    private final ApplicationUnderBenchmark app;
    private final BenchmarkOptions options;
    private final FilterService filters;
    private final String filterId;
    private final QueryPerformancePlugin planner;

    TasklistLatency(ApplicationUnderBenchmark app, BenchmarkOptions options) {
        this.app = app;
        this.options = options;
        this.filters = app.engine.getFilterService();
        Filter filter = filters.createFilterQuery().filterName(FILTER).singleResult();
        this.filterId = filter.getId();
        this.planner = app.bean(QueryPerformancePlugin.class);
    }

    Map<String, Object> run() {
        Map<String, Object> result = new LinkedHashMap<>();
        long start = System.nanoTime();
        OpenDossiers.create(app, options.openDossiers(), 2, 10);
        result.put("open_dossiers", options.openDossiers());
        result.put("generation_seconds", Samples.round((System.nanoTime() - start) / 1e9));
        long inFilter = asCls(() -> filters.count(filterId));
        result.put("cls_tasks_in_filter", inFilter);
        if (app.database == Database.POSTGRES) {
            settle(result);
        }

        for (Phase phase : PHASES) {
            BenchmarkMain.log("  Tasklist, " + phase.key());
            app.configuration().setAuthorizationCheckRevokes(phase.revokes());
            planner.planFilterLists(phase.planned());
            app.freshConnections();
            boolean slow = phase.slow() && app.database == Database.POSTGRES;
            Runnable page = () -> asCls(() -> phase.tasklistSort()
                    ? filters.listPage(filterId, tasklistDefaultSort(), 0, phase.rows())
                    : filters.listPage(filterId, 0, phase.rows()));
            result.put(phase.key(), measure(phase, page, slow, !slow && !phase.tasklistSort()));
        }
        app.configuration().setAuthorizationCheckRevokes(SHIPPED_REVOKES);
        planner.planFilterLists(true);
        BenchmarkMain.log("  Tasklist, the whole HTTP request");
        result.put("http_request", measureHttpRequest(inFilter));
        return result;
    }

    /**
     * What the CLS member's browser waits for: Tasklist's HTTP request for the page, as shipped. The
     * engine answers it with the page, the filter's count and the page's embedded resources; the
     * statements one request runs are kept by mapper.
     */
    private Map<String, Object> measureHttpRequest(long inFilter) {
        TasklistHttp browser = new TasklistHttp(app.port())
                .logIn(ApplicationUnderBenchmark.CLS_USER, ApplicationUnderBenchmark.password(ApplicationUnderBenchmark.CLS_USER));
        Runnable request = () -> browser.firstPage(filterId, TASKLIST_PAGE);
        // Measure only a request that answers what Tasklist shows: the filter's tasks and their number
        String answer = browser.firstPage(filterId, TASKLIST_PAGE);
        if (!answer.contains("\"count\":" + inFilter) || !answer.contains("\"_embedded\"")) {
            throw new IllegalStateException("Tasklist's HTTP request did not answer the filter's " + inFilter + " tasks: "
                    + answer.substring(0, Math.min(300, answer.length())));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", "Tasklist's HTTP request for the first page (HAL: page, filter count, embedded resources), as shipped");
        m.put("rows", TASKLIST_PAGE);
        m.put("statements_per_request", SqlCapture.during(request).stream().map(SqlCapture.Statement::mapper)
                .collect(Collectors.groupingBy(mapper -> mapper, LinkedHashMap::new, Collectors.counting())));
        m.put("request", Samples.measureWarmedFor(options.latencyWarmupSeconds(), options.latencySamples(), 30, request));
        return m;
    }

    /** What Tasklist adds to the filter's query when the URL names no sort. */
    private TaskQuery tasklistDefaultSort() {
        return app.engine.getTaskService().createTaskQuery().orderByTaskCreateTime().desc();
    }

    private Map<String, Object> measure(Phase phase, Runnable page, boolean slow, boolean withCount) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", phase.label());
        m.put("rows", phase.rows());
        List<SqlCapture.Statement> statements = SqlCapture.during(page);
        SqlCapture.Statement query = statements.stream()
                .filter(s -> s.mapper().startsWith("TaskEntity.selectTaskByQueryCriteria")).findFirst().orElseThrow();
        m.put("statements_per_page", statements.stream().map(SqlCapture.Statement::mapper).toList());
        m.put("sql", query.inlined());
        m.put("plan", explain(query.inlined(), phase.planned()));
        long[] writesBefore = serverWrites();
        m.put("first_page", slow ? Samples.measureFor(0, options.samples(), options.slowSeconds(), page).summary()
                : Samples.measureWarmedFor(options.latencyWarmupSeconds(), options.latencySamples(), 30, page));
        long[] writesAfter = serverWrites();
        if (writesBefore != null && writesAfter != null) {
            // Checkpoints share the disk and the two cores with the measured calls
            m.put("server_checkpoints_during", writesAfter[0] - writesBefore[0]);
            m.put("server_buffers_written_during", writesAfter[1] - writesBefore[1]);
        }
        if (withCount) {
            // Tasklist also shows each filter's task count, refreshed with the list
            Runnable count = () -> asCls(() -> filters.count(filterId));
            String countSql = SqlCapture.during(count).stream()
                    .filter(s -> s.mapper().startsWith("TaskEntity.selectTaskCountByQueryCriteria")).findFirst().orElseThrow().inlined();
            m.put("count_sql", countSql);
            m.put("count_plan", explain(countSql, false)); // counts never get the list settings
            m.put("count", Samples.measureFor(10, Math.min(options.samples(), 50), 30, count).summary());
        }
        return m;
    }

    private <T> T asCls(java.util.function.Supplier<T> call) {
        Object[] result = new Object[1];
        app.as(ApplicationUnderBenchmark.CLS_USER, () -> result[0] = call.get());
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }

    /** The plan of the engine's statement, in a transaction with the planner settings the engine had. */
    private List<String> explain(String sql, boolean planned) {
        List<String> plan = new ArrayList<>();
        boolean postgres = app.database == Database.POSTGRES;
        String explain = postgres ? "explain (analyze, buffers) " : "explain analyze ";
        try (Connection connection = app.database.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            if (postgres && planned) {
                statement.execute(QueryPerformancePlugin.FILTER_LIST_SETTINGS);
            }
            try (ResultSet rs = statement.executeQuery(explain + sql)) {
                while (rs.next()) {
                    plan.addAll(List.of(rs.getString(1).split("\n")));
                }
            }
            connection.rollback();
        } catch (SQLException e) {
            plan.add("EXPLAIN failed: " + e.getMessage());
        }
        return plan;
    }

    /**
     * Puts the database in the state a server in service has long reached with these dossiers, which
     * arrived over months, not minutes. Autovacuum (which this server may run without) would have
     * removed the dead index entries of the thousands of tasks the lifecycle parts ended, which
     * otherwise sit in front of the open tasks in the Tasklist index in a number that depends on the
     * machine's speed; set the visibility map that lets the index be read without visiting the
     * table; and brought the statistics up to date. The checkpoint writes out the load's pages now
     * rather than during the measurement, where a checkpoint spread over minutes would compete with it.
     */
    private void settle(Map<String, Object> result) {
        result.put("server_autovacuum", setting("autovacuum"));
        long start = System.nanoTime();
        sql("vacuum analyze");
        try {
            sql("checkpoint");
        } catch (IllegalStateException e) {
            // A benchmark user without the right (superuser or pg_checkpoint) still gets its figures
            result.put("checkpoint_refused", String.valueOf(e.getCause().getMessage()));
        }
        result.put("vacuum_analyze_checkpoint_seconds", Samples.round((System.nanoTime() - start) / 1e9));
    }

    /**
     * PostgreSQL's checkpoints so far and the buffers its background processes and backends have
     * written (PostgreSQL 15/16 statistics view); null elsewhere.
     */
    private long[] serverWrites() {
        if (app.database != Database.POSTGRES) {
            return null;
        }
        try {
            return app.database.queryRow("select checkpoints_timed + checkpoints_req,"
                    + " buffers_checkpoint + buffers_clean + buffers_backend from pg_stat_bgwriter",
                    row -> new long[] {row.getLong(1), row.getLong(2)});
        } catch (SQLException e) {
            return null; // PostgreSQL 17 moved these figures; they only explain, they are not measured
        }
    }

    private String setting(String name) {
        try {
            return app.database.queryRow("select current_setting('" + name + "')", row -> row.getString(1));
        } catch (SQLException e) {
            throw new IllegalStateException(name, e);
        }
    }

    private void sql(String sql) {
        try (Connection connection = app.database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
