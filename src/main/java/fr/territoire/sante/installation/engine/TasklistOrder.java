package fr.territoire.sante.installation.engine;

import java.util.List;
import org.camunda.bpm.engine.impl.Direction;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The order of every Tasklist filter: due date, then newest first among equal ones, which is also
 * what Tasklist appends when the user picks no sort. One place for it, because {@link TasklistIndex}
 * must start with exactly this order to serve the filters' pages.
 */
public final class TasklistOrder {

    private TasklistOrder() {
    }

    public static TaskQuery applyTo(TaskQuery query) {
        return query.orderByDueDate().asc().orderByTaskCreateTime().desc();
    }

    /** A query's order, each property as "COLUMN_ asc|desc". */
    public static List<String> of(TaskQueryImpl query) {
        return query.getOrderingProperties().stream()
                .map(p -> p.getQueryProperty().getName() + " " + p.getDirection().getName())
                .toList();
    }

    /** The order as index keys: the column, followed by " desc" when descending. */
    static List<String> indexKeys() {
        return of((TaskQueryImpl) applyTo(new TaskQueryImpl())).stream()
                .map(key -> key.replace(" " + Direction.ASCENDING.getName(), ""))
                .toList();
    }
}
