package fr.territoire.sante.installation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.territoire.sante.installation.SqlCapture;
import fr.territoire.sante.installation.TestStaff;
import fr.territoire.sante.installation.process.ProcessTest;
import fr.territoire.sante.installation.identity.Groups;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Authorization checks without the engine's scan of every authorization: same answers, one statement
 * fewer per command.
 */
class AuthorizationManagerWithoutGroupScanTest extends ProcessTest {

    private static final String GROUP_WITHOUT_AUTHORIZATIONS = "groupe-sans-droits";

    private String filterId;
    private String processInstanceId;

    @BeforeEach
    void dossierWaitingForBothGroups() {
        // after the interview: "projet professionnel" for the CPTS, "environnement" for the CLS
        dossier.start().proposerRendezVous().menerEntretien(true);
        processInstanceId = dossier.instance().getId();
        filterId = engine.getFilterService().createFilterQuery().filterName("Tâches CLS").singleResult().getId();
    }

    @Test
    void aTasklistPageChecksAuthorizationsWithoutScanningThemAll() {
        List<SqlCapture.Statement> statements = SqlCapture.during(
                () -> as(TestStaff.CLS, List.of(Groups.CLS), () -> engine.getFilterService().listPage(filterId, 0, 50)));

        assertThat(statements).extracting(SqlCapture.Statement::mapper)
                .contains("AuthorizationEntity.isUserAuthorizedForResource", "TaskEntity.selectTaskByQueryCriteria")
                .doesNotContain("AuthorizationEntity.selectAuthorizedGroupIds");
        assertThat(statements).extracting(SqlCapture.Statement::sql).noneMatch(sql -> sql.toUpperCase().contains("DISTINCT(A.GROUP_ID_)"));
    }

    @Test
    void eachGroupStillSeesOnlyItsOwnTasks() {
        assertThat(taskKeys(TestStaff.CLS, List.of(Groups.CLS))).contains("UserTask_RenseignerEnvironnement")
                .doesNotContain("UserTask_RenseignerProjetProfessionnel");
        assertThat(taskKeys(TestStaff.CPTS, List.of(Groups.CPTS))).contains("UserTask_RenseignerProjetProfessionnel")
                .doesNotContain("UserTask_RenseignerEnvironnement");
    }

    @Test
    void aGroupWithoutAuthorizationsGrantsNothingAndTakesNothingAway() {
        assertThat(taskKeys("quelquun", List.of(GROUP_WITHOUT_AUTHORIZATIONS))).isEmpty();
        assertThatThrownBy(() -> as("quelquun", List.of(GROUP_WITHOUT_AUTHORIZATIONS),
                () -> engine.getFilterService().listPage(filterId, 0, 50))).isInstanceOf(AuthorizationException.class);

        List<String> clsPage = taskIds(as(TestStaff.CLS, List.of(Groups.CLS), () -> engine.getFilterService().listPage(filterId, 0, 50)));
        List<String> withExtraGroup = taskIds(as(TestStaff.CLS, List.of(Groups.CLS, GROUP_WITHOUT_AUTHORIZATIONS, Groups.CLS),
                () -> engine.getFilterService().listPage(filterId, 0, 50)));
        assertThat(withExtraGroup).isNotEmpty().isEqualTo(clsPage);
    }

    private List<String> taskKeys(String userId, List<String> groups) {
        return as(userId, groups, () -> engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).list())
                .stream().map(Task::getTaskDefinitionKey).toList();
    }

    private <T> T as(String userId, List<String> groups, Supplier<T> call) {
        engine.getIdentityService().setAuthentication(userId, groups);
        try {
            return call.get();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private static List<String> taskIds(List<?> tasks) {
        return tasks.stream().map(t -> ((Task) t).getId()).toList();
    }
}
