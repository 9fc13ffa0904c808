package fr.territoire.sante.installation.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import fr.territoire.sante.installation.process.ProcessKeys;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the protocol's groups and their rights at start-up when missing (least privilege):
 * staff reach Tasklist and start dossiers, their tasks come from candidate-group links only;
 * pilotage reads everything in Cockpit and works on nothing.
 */
@Component
class IdentitySetup {

    private final IdentityService identityService;
    private final AuthorizationSetup authorizations;

    IdentitySetup(IdentityService identityService, AuthorizationSetup authorizations) {
        this.identityService = identityService;
        this.authorizations = authorizations;
    }

    @EventListener(PostDeployEvent.class)
    @Order(1)
    void createGroupsAndRights() {
        createGroupIfMissing(Groups.CLS, "Contrat Local de Santé", "WORKFLOW");
        createGroupIfMissing(Groups.CPTS, "Communauté Professionnelle Territoriale de Santé", "WORKFLOW");
        createGroupIfMissing(Groups.PILOTAGE, "Pilotage", "WORKFLOW");
        createGroupIfMissing(Groups.ADMIN, "Administrateurs", "SYSTEM");
        createGroupIfMissing(Groups.RGPD, "Référents données personnelles (CLS)", "WORKFLOW");

        // camunda-admin gets every right from the starter's admin-user set-up.
        for (String staff : new String[] {Groups.CLS, Groups.CPTS}) {
            authorizations.grant(staff, APPLICATION, "tasklist", ACCESS);
            for (String processKey : ProcessKeys.STARTABLE_BY_STAFF) {
                authorizations.grant(staff, PROCESS_DEFINITION, processKey, READ, CREATE_INSTANCE);
            }
            // Tasklist's "Dossier" and "Professionnel" columns read process variables, which hold only
            // references and a display label (personal data stays in the reporting store).
            authorizations.grant(staff, PROCESS_DEFINITION, ProcessKeys.ACCOMPAGNEMENT, READ_INSTANCE,
                    ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE);
            // Stage F's reports: timers start them, staff only work the sending task (candidate group).
            authorizations.grant(staff, PROCESS_DEFINITION, ProcessKeys.COMMUNICATION, READ);
            authorizations.grantOnAll(staff, PROCESS_INSTANCE, CREATE);
            authorizations.grantOnAll(staff, DEPLOYMENT, READ); // deployed Camunda Forms are read from it
            authorizations.grant(staff, GROUP, Groups.CLS, READ); // task headers name both groups
            authorizations.grant(staff, GROUP, Groups.CPTS, READ);
            authorizations.grantOnAll(staff, USER, READ);
            // The ranking of practice sites reads its rules, the deployed decision table, as the staff member.
            authorizations.grant(staff, DECISION_DEFINITION, "classement-lieux", READ);
        }
        authorizations.grant(Groups.PILOTAGE, APPLICATION, "cockpit", ACCESS);
        authorizations.grantOnAll(Groups.PILOTAGE, PROCESS_DEFINITION, READ, READ_INSTANCE, READ_HISTORY, READ_TASK);
        authorizations.grantOnAll(Groups.PILOTAGE, PROCESS_INSTANCE, READ);
        authorizations.grantOnAll(Groups.PILOTAGE, TASK, READ);
        authorizations.grantOnAll(Groups.PILOTAGE, HISTORIC_PROCESS_INSTANCE, HistoricProcessInstancePermissions.READ);
        authorizations.grantOnAll(Groups.PILOTAGE, HISTORIC_TASK, HistoricTaskPermissions.READ);
        authorizations.grantOnAll(Groups.PILOTAGE, DEPLOYMENT, READ);
        // Pilotage reads instances and tasks, never their variables (enforce-specific-variable-permission).
        // Tasks opened before that setting only granted UPDATE to their candidate groups and assignee.
        authorizations.addToTaskGrants(TaskPermissions.UPDATE, TaskPermissions.READ_VARIABLE);
    }

    private void createGroupIfMissing(String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() > 0) {
            return;
        }
        Group group = identityService.newGroup(id);
        group.setName(name);
        group.setType(type);
        identityService.saveGroup(group);
    }
}
