package fr.territoire.sante.installation.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.process.DossierDriver;
import fr.territoire.sante.installation.process.ProcessTest;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Since reading variables needs its own permission, a task's candidate group gets READ_VARIABLE with it;
 * a task opened by an earlier version only had UPDATE, and gets READ_VARIABLE at the next start.
 */
class VariablesDesTachesTest extends ProcessTest {

    @Autowired
    IdentitySetup setup;

    @Test
    void aNewTasksCandidateGroupsReadItsVariables() {
        Task task = openTask();
        assertThat(grantOf(task, Groups.CLS).isPermissionGranted(TaskPermissions.READ_VARIABLE)).isTrue();
    }

    @Test
    void aTaskOpenedBeforeTheSettingGetsReadVariableForItsGroupsAtTheNextStart() {
        Task task = openTask();
        Authorization grant = grantOf(task, Groups.CLS);
        grant.removePermission(TaskPermissions.READ_VARIABLE);
        engine.getAuthorizationService().saveAuthorization(grant);
        assertThat(grantOf(task, Groups.CLS).isPermissionGranted(TaskPermissions.READ_VARIABLE)).isFalse();

        setup.createGroupsAndRights();

        Authorization upgraded = grantOf(task, Groups.CLS);
        assertThat(upgraded.isPermissionGranted(TaskPermissions.READ_VARIABLE)).isTrue();
        assertThat(upgraded.isPermissionGranted(TaskPermissions.UPDATE)).isTrue();
    }

    private Task openTask() {
        DossierDriver dossier = new DossierDriver(engine).start();
        return engine.getTaskService().createTaskQuery().processInstanceId(dossier.instance().getId()).singleResult();
    }

    private Authorization grantOf(Task task, String group) {
        return engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.TASK)
                .resourceId(task.getId()).groupIdIn(group).singleResult();
    }
}
