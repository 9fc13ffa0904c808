package fr.territoire.sante.installation.identity;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import fr.territoire.sante.installation.engine.TasklistOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters staff start from, in French, each visible to the groups it concerns, each in
 * the order of {@link TasklistOrder} (due date, then newest first), the one the index that keeps large
 * task lists fast on PostgreSQL serves.
 */
@Component
class TasklistFilterSetup {

    private static final List<Map<String, String>> DOSSIER_COLUMNS = List.of(
            Map.of("name", "dossierReference", "label", "Dossier"),
            Map.of("name", "professionnel", "label", "Professionnel"));

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationSetup authorizations;

    TasklistFilterSetup(FilterService filterService, TaskService taskService, AuthorizationSetup authorizations) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizations = authorizations;
    }

    @EventListener(PostDeployEvent.class)
    @Order(2)
    void createFilters() {
        createIfMissing("Mes tâches", "Les tâches qui me sont attribuées", -10,
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
                Groups.CLS, Groups.CPTS);
        createIfMissing("Tâches CLS", "Tâches proposées au Contrat Local de Santé", 0,
                taskService.createTaskQuery().taskCandidateGroup(Groups.CLS).includeAssignedTasks(),
                Groups.CLS);
        createIfMissing("Tâches CPTS", "Tâches proposées à la CPTS", 0,
                taskService.createTaskQuery().taskCandidateGroup(Groups.CPTS).includeAssignedTasks(),
                Groups.CPTS);
        createIfMissing("En retard", "Tâches de mon groupe dont l'échéance est passée", 10,
                taskService.createTaskQuery()
                        .taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks()
                        .dueBeforeExpression("${now()}"),
                Groups.CLS, Groups.CPTS);
    }

    private void createIfMissing(String name, String description, int priority, TaskQuery criteria, String... groups) {
        TaskQuery query = TasklistOrder.applyTo(criteria);
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("description", description);
            properties.put("priority", priority);
            properties.put("refresh", true);
            properties.put("variables", DOSSIER_COLUMNS);
            filter = filterService.newTaskFilter(name).setQuery(query).setProperties(properties);
            filterService.saveFilter(filter);
        } else if (!sortedAlike(filter.getQuery(), query)) {
            // Created by an earlier version, sorted by due date only: it gets the order the index serves.
            filterService.saveFilter(filter.setQuery(query));
        }
        for (String group : groups) {
            authorizations.grant(group, FILTER, filter.getId(), READ);
        }
    }

    private static boolean sortedAlike(Object stored, TaskQuery shipped) {
        return stored instanceof TaskQueryImpl storedQuery
                && TasklistOrder.of(storedQuery).equals(TasklistOrder.of((TaskQueryImpl) shipped));
    }
}
