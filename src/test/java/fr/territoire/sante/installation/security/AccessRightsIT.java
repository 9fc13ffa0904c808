package fr.territoire.sante.installation.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.territoire.sante.installation.IntegrationTest;
import fr.territoire.sante.installation.TestStaff;
import fr.territoire.sante.installation.process.DossierDriver;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rights as staff meet them through the REST API (the one Tasklist and Cockpit use): HTTP Basic
 * required, candidate groups decide who works on what, pilotage reads and works on nothing.
 */
class AccessRightsIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anonymousCallsAreRefusedWith401() {
        assertThat(rest(null, "GET", "/task", null).statusCode()).isEqualTo(401);
        assertThat(rest(null, "GET", "/process-definition", null).statusCode()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordIsRefusedWith401() {
        HttpResponse<String> response = rest("nobody", "GET", "/task", null);
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void staffWorkOnlyOnTheTasksOfferedToTheirGroup() throws Exception {
        String instanceId = startDossierOverHttp();
        submit(TestStaff.CLS, taskId(TestStaff.CLS, instanceId, "UserTask_ProposerRendezVous"),
                Map.of("dateEntretien", tomorrow() + "T10:00", "lieuEntretien", "Locaux de la CPTS"));
        submit(TestStaff.CPTS, taskId(TestStaff.CPTS, instanceId, "UserTask_MenerEntretien"), Map.of(
                "motivations", "Travail en équipe", "calendrier", "court", "disponibilitesVisites", "Lundi",
                "suiteEntretien", "poursuite"));

        String cptsTask = engineTaskId(instanceId, "UserTask_RenseignerProjetProfessionnel");
        String clsTask = engineTaskId(instanceId, "UserTask_RenseignerEnvironnement");

        assertThat(taskKeys(TestStaff.CLS, instanceId)).contains("UserTask_RenseignerEnvironnement")
                .doesNotContain("UserTask_RenseignerProjetProfessionnel");
        assertThat(taskKeys(TestStaff.CPTS, instanceId)).contains("UserTask_RenseignerProjetProfessionnel")
                .doesNotContain("UserTask_RenseignerEnvironnement");

        assertThat(rest(TestStaff.CLS, "POST", "/task/" + cptsTask + "/claim", "{\"userId\":\"cls1\"}").statusCode()).isEqualTo(403);
        assertThat(rest(TestStaff.CLS, "POST", "/task/" + cptsTask + "/complete", "{}").statusCode()).isEqualTo(403);
        assertThat(rest(TestStaff.CPTS, "POST", "/task/" + clsTask + "/claim", "{\"userId\":\"cpts1\"}").statusCode()).isEqualTo(403);
        assertThat(rest(TestStaff.CPTS, "POST", "/task/" + clsTask + "/submit-form", "{\"variables\":{}}").statusCode()).isEqualTo(403);

        assertThat(rest(TestStaff.PILOTAGE, "GET", "/process-instance?processInstanceIds=" + instanceId, null).body()).contains(instanceId);
        assertThat(rest(TestStaff.PILOTAGE, "GET", "/task?processInstanceId=" + instanceId, null).body()).contains(cptsTask);
        assertThat(rest(TestStaff.PILOTAGE, "POST", "/task/" + cptsTask + "/claim", "{\"userId\":\"pilotage1\"}").statusCode()).isEqualTo(403);
        assertThat(rest(TestStaff.PILOTAGE, "POST", "/task/" + clsTask + "/complete", "{}").statusCode()).isEqualTo(403);
        assertThat(rest(TestStaff.PILOTAGE, "POST", "/process-definition/key/accompagnement-installation/submit-form",
                "{\"variables\":{}}").statusCode()).isEqualTo(403);

        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instanceId).count())
                .as("no refused call changed anything").isEqualTo(2);
    }

    @Test
    void anEmptyFormSubmittedOverHttpGets400WithAFrenchMessageAndTheTaskStays() throws Exception {
        String instanceId = startDossierOverHttp();
        String taskId = taskId(TestStaff.CPTS, instanceId, "UserTask_ProposerRendezVous");

        HttpResponse<String> submitted = rest(TestStaff.CPTS, "POST", "/task/" + taskId + "/submit-form", "{\"variables\":{}}");
        HttpResponse<String> completed = rest(TestStaff.CPTS, "POST", "/task/" + taskId + "/complete", "{}");

        assertThat(submitted.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(submitted.body()).path("message").asText()).contains("« Date de l'entretien » est obligatoire");
        assertThat(completed.statusCode()).isEqualTo(400);
        assertThat(completed.body()).doesNotContain("Exception:").doesNotContain("\tat ");
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }

    @Test
    void anInvalidRequestFormGets400AndStartsNothing() {
        long before = engine.getRuntimeService().createProcessInstanceQuery().count();
        HttpResponse<String> response = rest(TestStaff.CLS, "POST",
                "/process-definition/key/accompagnement-installation/submit-form", "{\"variables\":{}}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("« Nom » est obligatoire");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);
    }

    private String startDossierOverHttp() throws Exception {
        HttpResponse<String> started = rest(TestStaff.CLS, "POST",
                "/process-definition/key/accompagnement-installation/submit-form", variables(DossierDriver.demande()));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        JsonNode instance = JSON.readTree(started.body());
        assertThat(instance.path("businessKey").asText()).startsWith("PS-");
        return instance.path("id").asText();
    }

    private void submit(String user, String taskId, Map<String, Object> values) throws Exception {
        HttpResponse<String> response = rest(user, "POST", "/task/" + taskId + "/submit-form", variables(values));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    private String taskId(String user, String instanceId, String key) throws Exception {
        JsonNode tasks = JSON.readTree(rest(user, "GET", "/task?processInstanceId=" + instanceId + "&taskDefinitionKey=" + key, null).body());
        assertThat(tasks.size()).as(key + " visible to " + user).isEqualTo(1);
        return tasks.get(0).path("id").asText();
    }

    private java.util.List<String> taskKeys(String user, String instanceId) throws Exception {
        JsonNode tasks = JSON.readTree(rest(user, "GET", "/task?processInstanceId=" + instanceId, null).body());
        java.util.List<String> keys = new java.util.ArrayList<>();
        tasks.forEach(t -> keys.add(t.path("taskDefinitionKey").asText()));
        return keys;
    }

    private String engineTaskId(String instanceId, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(key).singleResult().getId();
    }

    private static String tomorrow() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusDays(1).toString();
    }

    private static String variables(Map<String, Object> values) throws Exception {
        Map<String, Object> wrapped = new java.util.LinkedHashMap<>();
        values.forEach((name, value) -> wrapped.put(name, Map.of("value", value)));
        return JSON.writeValueAsString(Map.of("variables", wrapped));
    }
}
