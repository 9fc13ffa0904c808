package fr.territoire.sante.installation.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.IntegrationTest;
import fr.territoire.sante.installation.TestStaff;
import fr.territoire.sante.installation.WebappSession;
import fr.territoire.sante.installation.process.DossierDriver;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cross-role rights through the API Tasklist itself uses ({@code /camunda/api/engine/…}, with the session
 * and Camunda's CSRF token), complementing {@link AccessRightsIT} (HTTP Basic on {@code /engine-rest}):
 * after the interview, the CLS-only task (environment) and the CPTS-only task (professional project)
 * are each closed to the other group, for every read and every change Tasklist offers.
 */
class DroitsCroisesIT extends IntegrationTest {

    private static final String ENGINE = "/camunda/api/engine/engine/default";

    @Test
    void eachGroupCanNeitherSeeNorWorkOnTheOthersTasksThroughTasklistsApi() {
        DossierDriver dossier = new DossierDriver(engine).start().proposerRendezVous().menerEntretien(true);
        String instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(dossier.reference()).singleResult().getId();
        String clsTask = taskId(instance, "UserTask_RenseignerEnvironnement");
        String cptsTask = taskId(instance, "UserTask_RenseignerProjetProfessionnel");

        assertClosed(TestStaff.CPTS, clsTask, instance);
        assertClosed(TestStaff.CLS, cptsTask, instance);

        WebappSession cls = session(TestStaff.CLS);
        assertThat(cls.get(ENGINE + "/task/" + clsTask).statusCode()).as("the CLS reads its own task").isEqualTo(200);
        assertThat(cls.get(ENGINE + "/task/" + clsTask + "/form-variables").statusCode()).isEqualTo(200);
        HttpResponse<String> claimed = cls.postJson(ENGINE + "/task/" + clsTask + "/claim", "application/json",
                "{\"userId\":\"" + TestStaff.CLS + "\"}");
        assertThat(claimed.statusCode()).as("the CLS claims its own task: " + claimed.body()).isEqualTo(204);
        engine.getTaskService().setAssignee(clsTask, null);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance).count())
                .as("no refused call changed anything").isEqualTo(2);
    }

    @Test
    void pilotageReadsTheEnginesDataButNeverTheProfessionalsName() {
        DossierDriver dossier = new DossierDriver(engine).start().proposerRendezVous().menerEntretien(true);
        String instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(dossier.reference()).singleResult().getId();
        String task = taskId(instance, "UserTask_RenseignerEnvironnement");
        List<String> reads = List.of("/process-instance/" + instance, "/process-instance/" + instance + "/variables",
                "/variable-instance?processInstanceIdIn=" + instance, "/history/variable-instance?processInstanceId=" + instance,
                "/history/detail?processInstanceId=" + instance, "/task?processInstanceId=" + instance,
                "/task/" + task + "/variables", "/task/" + task + "/form-variables", "/history/task?processInstanceId=" + instance,
                "/history/process-instance?processInstanceId=" + instance, "/history/activity-instance?processInstanceId=" + instance,
                "/execution?processInstanceId=" + instance, "/history/user-operation?processInstanceId=" + instance,
                "/history/identity-link-log?processInstanceId=" + instance);
        WebappSession cockpit = new WebappSession(baseUrl());
        assertThat(cockpit.logIn("cockpit", TestStaff.PILOTAGE, TestStaff.password(TestStaff.PILOTAGE))).isEqualTo(200);
        for (String read : reads) {
            HttpResponse<String> basic = rest(TestStaff.PILOTAGE, "GET", read, null);
            System.out.println("pilotage /engine-rest" + read + ": " + basic.statusCode());
            assertThat(basic.body()).as("pilotage /engine-rest" + read).doesNotContain("Fictive", "Jeanne");
            HttpResponse<String> session = cockpit.get(ENGINE + read);
            assertThat(session.body()).as("pilotage in Cockpit " + read).doesNotContain("Fictive", "Jeanne");
        }
        String cockpitPlugin = "/camunda/api/cockpit/plugin/base/default";
        for (String read : List.of("/process-instance/" + instance + "/called-process-instances",
                "/process-definition/" + engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance)
                        .singleResult().getProcessDefinitionId() + "/called-process-definitions")) {
            HttpResponse<String> answer = cockpit.get(cockpitPlugin + read);
            assertThat(answer.body()).as("Cockpit plugin " + read).doesNotContain("Fictive", "Jeanne");
        }
        HttpResponse<String> variables = cockpit.postJson(cockpitPlugin + "/process-instance", "application/json",
                "{\"processInstanceIds\":[\"" + instance + "\"]}");
        assertThat(variables.body()).as("Cockpit plugin instance search").doesNotContain("Fictive", "Jeanne");
    }

    private void assertClosed(String user, String task, String instance) {
        WebappSession session = session(user);
        HttpResponse<String> list = session.get(ENGINE + "/task?processInstanceId=" + instance);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).as(user + " lists").doesNotContain(task);
        assertThat(session.get(ENGINE + "/task/count?taskId=" + task).body()).as(user + " counts").contains("\"count\":0");
        for (String read : List.of("", "/variables", "/form-variables", "/deployed-form", "/rendered-form", "/form", "/comment",
                "/identity-links")) {
            int status = session.get(ENGINE + "/task/" + task + read).statusCode();
            assertThat(status).as(user + " reads /task/{id}" + read).isIn(403, 404);
        }
        for (String[] change : List.of(
                new String[] {"/claim", "{\"userId\":\"" + user + "\"}"},
                new String[] {"/assignee", "{\"userId\":\"" + user + "\"}"},
                new String[] {"/complete", "{}"},
                new String[] {"/submit-form", "{\"variables\":{}}"},
                new String[] {"/comment/create", "{\"message\":\"essai\"}"})) {
            HttpResponse<String> answer = session.postJson(ENGINE + "/task/" + task + change[0], "application/json", change[1]);
            // 403, or 400/404 "no task found": the engine does not even tell that the task exists.
            assertThat(answer.statusCode()).as(user + " POST /task/{id}" + change[0] + " " + answer.body()).isIn(400, 403, 404);
        }
        HttpResponse<String> sansJeton = session.send("POST", ENGINE + "/task/" + task + "/claim", "application/json", false);
        assertThat(sansJeton.statusCode()).as("without Camunda's X-XSRF-TOKEN").isEqualTo(403);
        assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
        assertThat(engine.getTaskService().getTaskComments(task)).isEmpty();
    }

    private WebappSession session(String user) {
        WebappSession session = new WebappSession(baseUrl());
        assertThat(session.logIn("tasklist", user, TestStaff.password(user))).isEqualTo(200);
        return session;
    }

    private String taskId(String instance, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult().getId();
    }
}
