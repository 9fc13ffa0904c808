package fr.territoire.sante.installation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.Test;

/**
 * The index only helps while its columns are exactly the engine's select list: this reads that list
 * from the engine's own mapping, so an engine upgrade that changes it fails here, not in production.
 */
class TasklistIndexTest {

    private static final String TASK_MAPPING = "org/camunda/bpm/engine/impl/mapping/entity/Task.xml";

    @Test
    void listsTheColumnsTheEngineSelectsForATaskQuery() throws IOException {
        assertThat(TasklistIndex.ENGINE_TASK_COLUMNS).isEqualTo(engineColumnSelection());
    }

    @Test
    void startsWithTheFiltersSortThenEveryOtherSelectedColumnOnceInTheEngineOrder() {
        List<String> keys = TasklistIndex.keys();
        assertThat(keys.subList(0, 2)).containsExactly("DUE_DATE_", "CREATE_TIME_ desc");
        assertThat(keys.stream().map(k -> k.split(" ")[0]).toList()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(TasklistIndex.ENGINE_TASK_COLUMNS);
        assertThat(keys.subList(2, keys.size())).containsExactlyElementsOf(TasklistIndex.ENGINE_TASK_COLUMNS.stream()
                .filter(c -> !c.equals("DUE_DATE_") && !c.equals("CREATE_TIME_")).toList());
        assertThat(TasklistIndex.createStatement()).startsWith(
                "create index if not exists tasklist_due_date_idx on ACT_RU_TASK (DUE_DATE_, CREATE_TIME_ desc, REV_, ID_, NAME_,");
    }

    private static List<String> engineColumnSelection() throws IOException {
        try (InputStream in = TaskQueryImpl.class.getClassLoader().getResourceAsStream(TASK_MAPPING)) {
            assertThat(in).as(TASK_MAPPING).isNotNull();
            String mapping = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher selection = Pattern.compile("<sql id=\"columnSelection\">(.*?)</sql>", Pattern.DOTALL).matcher(mapping);
            assertThat(selection.find()).as("columnSelection in " + TASK_MAPPING).isTrue();
            return Arrays.stream(selection.group(1).split(","))
                    .map(String::strip)
                    .map(column -> column.replaceFirst("^RES\\.", ""))
                    .toList();
        }
    }
}
