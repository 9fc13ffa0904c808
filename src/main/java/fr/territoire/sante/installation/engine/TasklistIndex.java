package fr.territoire.sante.installation.engine;

import java.util.List;
import java.util.stream.Stream;

/**
 * An index on the engine's task table in exactly the order PostgreSQL needs to answer a Tasklist page,
 * {@code select distinct <task columns> … order by DUE_DATE_ asc, CREATE_TIME_ desc limit n}: our
 * filters' order (due date, then newest first, which is also what Tasklist appends when the user
 * picks no sort), then every other column the engine selects, in the engine's order. PostgreSQL 15
 * stops a sorted DISTINCT early only when it reads rows already in that whole order; with it, the
 * first page of a filter reads about as many tasks as it shows instead of all of them
 * (docs/performance.md, « Contournements gardés »). The engine's columns are pinned by {@code TasklistIndexTest}, so
 * an engine upgrade that selects other columns fails the build instead of silently losing the index.
 */
final class TasklistIndex {

    static final String NAME = "tasklist_due_date_idx";

    /** The engine's select list for a task query (Task.xml, {@code columnSelection}), in its order. */
    static final List<String> ENGINE_TASK_COLUMNS = List.of(
            "REV_", "ID_", "NAME_", "PARENT_TASK_ID_", "DESCRIPTION_", "PRIORITY_",
            "CREATE_TIME_", "OWNER_", "ASSIGNEE_", "DELEGATION_", "EXECUTION_ID_",
            "PROC_INST_ID_", "PROC_DEF_ID_", "CASE_EXECUTION_ID_", "CASE_INST_ID_",
            "CASE_DEF_ID_", "TASK_DEF_KEY_", "DUE_DATE_", "FOLLOW_UP_DATE_",
            "SUSPENSION_STATE_", "TENANT_ID_", "LAST_UPDATED_", "TASK_STATE_");

    /** The filters' order ({@link TasklistOrder}): due date first, newest first among equal ones. */
    static final List<String> SORT = TasklistOrder.indexKeys();

    private TasklistIndex() {
    }

    /** The sort, then the other selected columns (the DISTINCT), in the engine's order. */
    static List<String> keys() {
        List<String> sorted = SORT.stream().map(TasklistIndex::column).toList();
        return Stream.concat(SORT.stream(), ENGINE_TASK_COLUMNS.stream().filter(c -> !sorted.contains(c))).toList();
    }

    static String createStatement() {
        return "create index if not exists " + NAME + " on ACT_RU_TASK (" + String.join(", ", keys()) + ")";
    }

    private static String column(String key) {
        return key.split(" ")[0];
    }
}
