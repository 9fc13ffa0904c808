package fr.territoire.sante.installation.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** What process owners edit in bpmn/ and forms/ is what the engine runs: deployed, wired, parseable. */
@Order(4)
class DeployedResourcesTest extends ProcessTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyDiagramAndFormOfTheRepositoryIsDeployed() throws IOException {
        List<String> deployed = engine.getRepositoryService().createDeploymentQuery().list().stream()
                .flatMap(d -> engine.getRepositoryService().getDeploymentResourceNames(d.getId()).stream())
                .map(name -> name.substring(name.lastIndexOf('/') + 1))
                .toList();
        assertThat(deployed).containsAll(fileNames("bpmn", ".bpmn")).containsAll(fileNames("forms", ".form"));
    }

    @Test
    void eachProcessIdEqualsItsFileNameAndHasAHistoryTimeToLive() throws IOException {
        for (String file : fileNames("bpmn", ".bpmn")) {
            String key = file.replace(".bpmn", "");
            ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey(key).latestVersion().singleResult();
            assertThat(definition).as(file).isNotNull();
            assertThat(definition.getHistoryTimeToLive()).as(key).isNotNull().isPositive();
        }
    }

    @Test
    void everyUserTaskHasAFormThatExistsParsesAndIsOfferedToAGroup() throws IOException {
        List<String> formIds = new ArrayList<>();
        for (Path form : files("forms", ".form")) {
            JsonNode schema = JSON.readTree(form.toFile());
            assertThat(schema.path("id").asText()).as(form.toString()).isEqualTo(form.getFileName().toString().replace(".form", ""));
            assertThat(schema.path("components").isArray()).isTrue();
            formIds.add(schema.path("id").asText());
        }
        for (ProcessDefinition definition : engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list()) {
            BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(task.getCamundaFormRef()).as(task.getId()).isIn(formIds);
                assertThat(task.getCamundaCandidateGroups()).as(task.getId()).isNotBlank();
                assertThat(task.getName()).as(task.getId()).isNotBlank();
            }
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                // A start a person triggers has a form; a timer or a message starts without one.
                if (start.getParentElement() instanceof Process && start.getEventDefinitions().isEmpty()) {
                    assertThat(start.getCamundaFormRef()).as(start.getId()).isIn(formIds);
                }
            }
        }
    }

    private static List<String> fileNames(String folder, String suffix) throws IOException {
        return files(folder, suffix).stream().map(p -> p.getFileName().toString()).toList();
    }

    private static List<Path> files(String folder, String suffix) throws IOException {
        try (Stream<Path> paths = Files.list(Path.of(folder))) {
            return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
