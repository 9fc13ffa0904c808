package fr.territoire.sante.installation.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.process.ProcessKeys;
import fr.territoire.sante.installation.process.ProcessTest;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** The benchmark's bare comparison process: never deployed by the application, comparable to ours. */
@Order(6)
class BareProcessTest extends ProcessTest {

    @Test
    void theApplicationNeverDeploysIt() {
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(ApplicationUnderBenchmark.BARE_PROCESS).count()).isZero();
    }

    @Test
    void deploysWithOurHappyPathsUserTasksAndTimers() {
        RepositoryService repository = engine.getRepositoryService();
        Deployment deployment = repository.createDeployment().addClasspathResource("benchmark/bare-process.bpmn").deploy();
        try {
            BpmnModelInstance bare = repository.getBpmnModelInstance(repository.createProcessDefinitionQuery()
                    .deploymentId(deployment.getId()).singleResult().getId());
            BpmnModelInstance ours = repository.getBpmnModelInstance(repository.createProcessDefinitionQuery()
                    .processDefinitionKey(ProcessKeys.ACCOMPAGNEMENT).latestVersion().singleResult().getId());

            assertThat(ids(bare, UserTask.class)).hasSize(14).isSubsetOf(ids(ours, UserTask.class));
            assertThat(ids(bare, IntermediateCatchEvent.class)).isEqualTo(ids(ours, IntermediateCatchEvent.class));
            assertThat(ids(bare, BoundaryEvent.class)).hasSize(ids(ours, BoundaryEvent.class).size());
        } finally {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }

    private static Set<String> ids(BpmnModelInstance model, Class<? extends org.camunda.bpm.model.bpmn.instance.FlowNode> type) {
        return model.getModelElementsByType(type).stream().map(e -> e.getId()).collect(Collectors.toSet());
    }
}
