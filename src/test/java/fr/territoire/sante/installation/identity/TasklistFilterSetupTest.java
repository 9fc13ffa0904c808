package fr.territoire.sante.installation.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.process.ProcessTest;
import fr.territoire.sante.installation.engine.TasklistOrder;
import java.util.List;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The filters' sort, including for filters an earlier version created sorted by due date only. */
class TasklistFilterSetupTest extends ProcessTest {

    @Autowired
    TasklistFilterSetup setup;

    @Test
    void everyFilterSortsByDueDateThenNewestFirst() {
        for (String name : List.of("Mes tâches", "Tâches CLS", "Tâches CPTS", "En retard")) {
            assertThat(ordering(filter(name))).as(name).containsExactly("DUE_DATE_ asc", "CREATE_TIME_ desc");
        }
    }

    @Test
    void aFilterFromAnEarlierVersionGetsTheSortAtTheNextStartAndKeepsItsCriteria() {
        Filter cls = filter("Tâches CLS");
        engine.getFilterService().saveFilter(cls.setQuery(engine.getTaskService().createTaskQuery()
                .taskCandidateGroup(Groups.CLS).includeAssignedTasks().orderByDueDate().asc()));
        assertThat(ordering(filter("Tâches CLS"))).containsExactly("DUE_DATE_ asc");

        setup.createFilters();

        Filter updated = filter("Tâches CLS");
        assertThat(updated.getId()).isEqualTo(cls.getId());
        assertThat(ordering(updated)).containsExactly("DUE_DATE_ asc", "CREATE_TIME_ desc");
        TaskQueryImpl query = updated.getQuery();
        assertThat(query.getCandidateGroup()).isEqualTo(Groups.CLS);
        assertThat(query.isIncludeAssignedTasks()).isTrue();
    }

    private Filter filter(String name) {
        return engine.getFilterService().createFilterQuery().filterName(name).singleResult();
    }

    private static List<String> ordering(Filter filter) {
        return TasklistOrder.of(filter.getQuery());
    }
}
