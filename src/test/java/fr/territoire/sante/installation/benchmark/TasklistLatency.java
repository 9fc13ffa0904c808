package fr.territoire.sante.installation.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;

/**
 * The first page a CLS member's Tasklist asks for: the "Tâches CLS" filter (candidate group cls,
 * assigned tasks included, sorted by due date) listed 50 rows at a time through the FilterService, as
 * the REST API does for Tasklist, authenticated as a CLS member so the authorization checks run.
 * Measured twice on the same data ({@link #PHASES}): before, with Camunda's default authorization
 * check, and after, with the one application.yaml sets. The SQL the engine generated and the plans the
 * database chose for it (with its values written in) are kept with the figures. On PostgreSQL the
 * query before takes seconds: it gets a time budget instead of a sample count, and no count query.
 */
final class TasklistLatency {

    static final String FILTER = "Tâches CLS";
    /** What application.yaml sets (camunda.bpm.generic-properties.properties.authorization-check-revokes). */
    static final String SHIPPED_REVOKES = "always";

    record Phase(String key, String label, String revokes, boolean slow) {
    }

    /** Before: Camunda's default. After: what application.yaml sets. */
    static final List<Phase> PHASES = List.of(
            new Phase("before", "before: authorization-check-revokes auto (Camunda's default): authorizations joined", "auto", true),
            new Phase("after", "after, as shipped: authorization-check-revokes always: authorizations checked per task", "always", false));

    private final ApplicationUnderTest app;
    private final BenchmarkOptions options;
    private final FilterService filters;
    private final String filterId;

    TasklistLatency(ApplicationUnderTest app, BenchmarkOptions options) {
        this.app = app;
        this.options = options;
        this.filters = app.engine.getFilterService();
        Filter filter = filters.createFilterQuery().filterName(FILTER).singleResult();
        this.filterId = filter.getId();
    }

    Map<String, Object> run() {
        Map<String, Object> result = new LinkedHashMap<>();
        long start = System.nanoTime();
        OpenDossiers.create(app, options.openDossiers(), 2, 10);
        result.put("open_dossiers", options.openDossiers());
        result.put("generation_seconds", Samples.round((System.nanoTime() - start) / 1e9));
        result.put("cls_tasks_in_filter", (Long) asCls(() -> filters.count(filterId)));
        analyze();

        for (Phase phase : PHASES) {
            BenchmarkMain.log("  Tasklist, " + phase.key());
            app.configuration().setAuthorizationCheckRevokes(phase.revokes());
            boolean slow = phase.slow() && app.database == Database.POSTGRES;
            result.put(phase.key(), measure(phase.label(), slow ? 0 : 10, options.samples(),
                    slow ? options.slowSeconds() : 30, !slow));
        }
        app.configuration().setAuthorizationCheckRevokes(SHIPPED_REVOKES);
        return result;
    }

    private Map<String, Object> measure(String label, int warmup, int samples, double maxSeconds, boolean withCount) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", label);
        List<SqlCapture.Statement> statements = SqlCapture.during(this::firstPage);
        SqlCapture.Statement query = statements.stream()
                .filter(s -> s.mapper().startsWith("TaskEntity.selectTaskByQueryCriteria")).findFirst().orElseThrow();
        m.put("statements_per_page", statements.stream().map(SqlCapture.Statement::mapper).toList());
        m.put("sql", query.inlined());
        m.put("plan", explain(query.inlined()));
        m.put("first_page", Samples.measureFor(warmup, samples, maxSeconds, this::firstPage).summary());
        if (withCount) {
            // Tasklist also shows each filter's task count, refreshed with the list
            m.put("count", Samples.measureFor(warmup, Math.min(samples, 50), maxSeconds,
                    () -> asCls(() -> filters.count(filterId))).summary());
        }
        return m;
    }

    private void firstPage() {
        asCls(() -> filters.listPage(filterId, 0, 50));
    }

    private <T> T asCls(java.util.function.Supplier<T> call) {
        Object[] result = new Object[1];
        app.as(ApplicationUnderTest.CLS_USER, () -> result[0] = call.get());
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }

    private List<String> explain(String sql) {
        List<String> plan = new ArrayList<>();
        String explain = app.database == Database.POSTGRES ? "explain (analyze, buffers) " : "explain analyze ";
        try (Connection connection = app.database.connect(); Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(explain + sql)) {
                while (rs.next()) {
                    plan.addAll(List.of(rs.getString(1).split("\n")));
                }
            }
        } catch (SQLException e) {
            plan.add("EXPLAIN failed: " + e.getMessage());
        }
        return plan;
    }

    private void analyze() {
        if (app.database == Database.POSTGRES) {
            sql("analyze");
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
