package fr.territoire.sante.installation.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs after the other process tests (same context, same in-memory database) and measures which flow
 * nodes of the main diagram they passed through. Writes target/process-test-coverage/ and fails under 90 %.
 */
// Just before erasure.ConservationTest, the very last, whose history cleanup removes ended instances' history.
@Order(Integer.MAX_VALUE - 1)
class FlowNodeCoverageTest extends ProcessTest {

    static final double MINIMUM = 0.90;

    @Test
    void theProcessTestsCoverAtLeastNinetyPercentOfTheMainDiagram() throws IOException {
        ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(ProcessKeys.ACCOMPAGNEMENT).latestVersion().singleResult();
        Set<String> nodes = engine.getRepositoryService().getBpmnModelInstance(definition.getId())
                .getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> passed = engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processDefinitionId(definition.getId()).list().stream()
                .map(HistoricActivityInstance::getActivityId)
                .filter(nodes::contains)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> missed = new TreeSet<>(nodes);
        missed.removeAll(passed);
        double coverage = (double) passed.size() / nodes.size();

        String report = String.format("# Flow-node coverage of %s%n%n%.1f %% (%d of %d flow nodes)%n%nNot covered:%n%s%n",
                ProcessKeys.ACCOMPAGNEMENT, coverage * 100, passed.size(), nodes.size(),
                missed.isEmpty() ? "- (none)" : missed.stream().map(id -> "- " + id).collect(Collectors.joining("\n")));
        Path folder = Files.createDirectories(Path.of("target", "process-test-coverage"));
        Files.writeString(folder.resolve(ProcessKeys.ACCOMPAGNEMENT + ".md"), report);
        System.out.println(report);

        assertThat(coverage).as("flow-node coverage; not covered: " + missed).isGreaterThanOrEqualTo(MINIMUM);
    }
}
