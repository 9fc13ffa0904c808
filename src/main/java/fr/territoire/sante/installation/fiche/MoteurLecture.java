package fr.territoire.sante.installation.fiche;

import fr.territoire.sante.installation.process.Calendrier;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * What the engine knows of a dossier's process instance: the tasks completed and the tasks open.
 * Read on the page's behalf, without the reader's task authorizations: a CPTS member must see that the
 * CLS completed its part, and pilotage sees the open tasks without being able to open them. Our pages'
 * request threads carry no engine authentication anyway; running without authorization makes that
 * explicit and keeps it true whatever a thread carries.
 */
@Component
class MoteurLecture {

    private final ProcessEngineConfigurationImpl engine;
    private final HistoryService history;
    private final TaskService tasks;
    private final String tasklist;

    MoteurLecture(@Lazy ProcessEngineConfigurationImpl engine, HistoryService history, TaskService tasks,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps) {
        this.engine = engine;
        this.history = history;
        this.tasks = tasks;
        this.tasklist = webapps + "/app/tasklist/default/#/?task=";
    }

    List<FicheDossier.Pas> tachesTerminees(String processInstanceId, Regard regard) {
        return sansAutorisation(() -> history.createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId).finished().list()).stream()
                .filter(task -> task.getEndTime() != null)
                .sorted(Comparator.comparing(HistoricTaskInstance::getEndTime))
                .map(task -> new FicheDossier.Pas(task.getEndTime().toInstant(), task.getAssignee(), "Tâche",
                        nom(task.getName(), regard) + (Objects.equals(task.getDeleteReason(), "completed") ? "" : " (annulée)")))
                .toList();
    }

    List<FicheDossier.TacheOuverte> tachesOuvertes(String processInstanceId, Regard regard) {
        Instant maintenant = Calendrier.maintenant();
        return sansAutorisation(() -> tasks.createTaskQuery().processInstanceId(processInstanceId)
                .orderByTaskCreateTime().asc().list().stream()
                .map(task -> ouverte(task, groupes(task), maintenant, regard)).toList());
    }

    private List<String> groupes(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).sorted().toList();
    }

    private FicheDossier.TacheOuverte ouverte(Task task, List<String> groupes, Instant maintenant, Regard regard) {
        Instant echeance = instant(task.getDueDate());
        boolean avecLien = regard.travailleDansTasklist();
        return new FicheDossier.TacheOuverte(task.getId(), nom(task.getName(), regard), groupes, task.getAssignee(),
                instant(task.getCreateTime()), echeance, echeance != null && echeance.isBefore(maintenant),
                avecLien ? tasklist + task.getId() : null);
    }

    /**
     * A visit task is named after its site ("Rendre compte de la visite – Maison de santé … – commune"):
     * a reader who may not see site names reads the step only.
     */
    private static String nom(String nom, Regard regard) {
        if (nom == null || regard.identite()) {
            return nom;
        }
        int tiret = nom.indexOf(" – ");
        return tiret < 0 ? nom : nom.substring(0, tiret);
    }

    /** The engine's own way to read on a user's behalf (as {@code DeployedForms} reads a form). */
    private <T> T sansAutorisation(Supplier<T> lecture) {
        return engine.getCommandExecutorTxRequired().execute(command -> command.runWithoutAuthorization(lecture::get));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
