package fr.territoire.sante.installation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.IntegrationTest;
import fr.territoire.sante.installation.SqlCapture;
import fr.territoire.sante.installation.TestStaff;
import fr.territoire.sante.installation.process.DossierDriver;
import fr.territoire.sante.installation.process.ProcessKeys;
import fr.territoire.sante.installation.identity.Groups;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On PostgreSQL, a CLS member's first Tasklist page ("Tâches CLS", by due date) is read in the order
 * of {@link TasklistIndex} and stops after the page, instead of sorting every candidate task; and it
 * holds the same tasks, in the same order, as without the planner settings.
 */
class TasklistQueryPlanIT extends IntegrationTest {

    private static final String CLS_FILTER = "Tâches CLS";
    private static final int OPEN_DOSSIERS = 300;
    private static final int PAGE = 50;

    @Autowired
    DataSource dataSource;
    @Autowired
    QueryPerformancePlugin tasklistPerformance;

    @Test
    void authorizationsAreCheckedPerTaskAsApplicationYamlSays() {
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getAuthorizationCheckRevokes())
                .isEqualTo("always");
    }

    @Test
    void theTasklistIndexIsThereWithTheEngineColumnsInOrderAndRetiredOnesAreGone() throws SQLException {
        String definition = single("select indexdef from pg_indexes where indexname = '" + TasklistIndex.NAME + "'");
        String expected = TasklistIndex.keys().stream().map(key -> key.toLowerCase().replace(" desc", " DESC"))
                .collect(Collectors.joining(", "));
        assertThat(definition).contains("act_ru_task").contains("(" + expected + ")");
        for (String retired : EngineIndexes.RETIRED) {
            assertThat(single("select indexdef from pg_indexes where indexname = '" + retired + "'")).as(retired).isNull();
        }
    }

    @Test
    void aTaskDescriptionAsLongAsTheEngineAllowsStillFitsTheIndex() {
        openDossiers(1);
        Task task = engine.getTaskService().createTaskQuery().orderByTaskCreateTime().desc().listPage(0, 1).get(0);
        // The column holds 4,000 characters; PostgreSQL compresses a long index entry before checking its
        // 2.7 kB limit, so prose of that length fits (only incompressible text of that size would not).
        String sentence = "Le professionnel souhaite visiter la maison de santé et rencontrer l'équipe du territoire. ";
        task.setDescription(sentence.repeat(4000 / sentence.length() + 1).substring(0, 4000));
        engine.getTaskService().saveTask(task);
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getDescription()).hasSize(4000);
    }

    @Test
    void theFirstPageOfTheClsFilterReadsTasksInIndexOrderAndStopsAfterThePage() throws SQLException {
        String filterId = prepareOpenDossiers();
        assertReadsInIndexOrder(() -> engine.getFilterService().listPage(filterId, 0, PAGE), PAGE);
    }

    @Test
    void soDoesTheRequestTasklistSendsWhenNoSortIsChosen() throws SQLException {
        String filterId = prepareOpenDossiers();
        // Tasklist adds its default sort, newest first, after the filter's own, and shows 15 rows.
        TaskQuery tasklistSort = engine.getTaskService().createTaskQuery().orderByTaskCreateTime().desc();
        assertReadsInIndexOrder(() -> engine.getFilterService().listPage(filterId, tasklistSort, 0, 15), 15);
    }

    @Test
    void thePlannerSettingsChangeHowNotWhatTasklistShows() {
        openDossiers(60);
        String filterId = engine.getFilterService().createFilterQuery().filterName(CLS_FILTER).singleResult().getId();
        List<String> planned = taskIds(asCls(() -> engine.getFilterService().listPage(filterId, 0, PAGE)));
        long count = asCls(() -> engine.getFilterService().count(filterId));
        tasklistPerformance.planFilterLists(false);
        try {
            assertThat(taskIds(asCls(() -> engine.getFilterService().listPage(filterId, 0, PAGE)))).isEqualTo(planned);
            assertThat((long) asCls(() -> engine.getFilterService().count(filterId))).isEqualTo(count);
        } finally {
            tasklistPerformance.planFilterLists(true);
        }
        assertThat(planned).hasSize(PAGE);
    }

    /** Open dossiers enough for the planner to prefer the index, once, with fresh statistics. */
    private String prepareOpenDossiers() throws SQLException {
        long open = engine.getTaskService().createTaskQuery().count();
        if (open < OPEN_DOSSIERS) {
            openDossiers(OPEN_DOSSIERS);
        }
        execute("analyze act_ru_task; analyze act_ru_identitylink; analyze act_ru_authorization; analyze act_re_procdef");
        return engine.getFilterService().createFilterQuery().filterName(CLS_FILTER).singleResult().getId();
    }

    private void assertReadsInIndexOrder(Supplier<List<?>> page, int rows) throws SQLException {
        List<SqlCapture.Statement> statements = SqlCapture.during(() -> asCls(page));
        String query = statements.stream().filter(s -> s.mapper().startsWith("TaskEntity.selectTaskByQueryCriteria"))
                .findFirst().orElseThrow().inlined();
        String plan = String.join("\n", explainAsTheEngineRunsIt(query));

        assertThat(plan).contains("using " + TasklistIndex.NAME).doesNotContain("Sort Key");
        // Other tests' tasks may come first in this order: a few more rows than the page, far from all.
        long openTasks = Long.parseLong(single("select count(*) from act_ru_task"));
        assertThat(rowsReadFromTheIndex(plan)).isGreaterThanOrEqualTo(rows).isLessThan(openTasks / 2);
    }

    private void openDossiers(int count) {
        String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(ProcessKeys.ACCOMPAGNEMENT).latestVersion().singleResult().getId();
        Map<String, Object> demande = DossierDriver.demande();
        asCls(() -> {
            for (int i = 0; i < count; i++) {
                engine.getFormService().submitStartForm(definitionId, demande);
            }
            return null;
        });
    }

    private <T> T asCls(Supplier<T> call) {
        engine.getIdentityService().setAuthentication(TestStaff.CLS, List.of(Groups.CLS));
        try {
            return call.get();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private static long rowsReadFromTheIndex(String plan) {
        Matcher scan = Pattern.compile("Scan using " + TasklistIndex.NAME + " on act_ru_task res \\(actual rows=(\\d+) loops=1\\)")
                .matcher(plan);
        assertThat(scan.find()).as(plan).isTrue();
        return Long.parseLong(scan.group(1));
    }

    private static List<String> taskIds(List<?> tasks) {
        return tasks.stream().map(t -> ((Task) t).getId()).toList();
    }

    /** EXPLAIN ANALYZE in a transaction with the settings {@link FilterListPlanning} gives the engine's. */
    private List<String> explainAsTheEngineRunsIt(String sql) throws SQLException {
        List<String> plan = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(FilterListPlanning.SETTINGS);
                try (ResultSet rs = statement.executeQuery("explain (analyze, costs off, timing off) " + sql)) {
                    while (rs.next()) {
                        plan.add(rs.getString(1));
                    }
                }
            } finally {
                connection.rollback();
            }
        }
        return plan;
    }

    private String single(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
