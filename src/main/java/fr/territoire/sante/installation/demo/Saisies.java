package fr.territoire.sante.installation.demo;

import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Submits the protocol's forms through the FormService as Tasklist does, each as a named staff member,
 * at a chosen moment of the engine's clock (which the application's Calendrier reads too): the journal,
 * the reporting store and the engine's history then tell who did each step, and when.
 */
final class Saisies {

    /** The timer whose firing mails the CPTS and pilotage: without a mail server it fails and is retried. */
    static final String DELAI_CROISEMENT = "BoundaryEvent_DelaiCroisementDepasse";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProcessEngine engine;
    private final IdentityService identity;
    private final Set<String> alertesEnEchec = new HashSet<>();

    Saisies(ProcessEngine engine) {
        this.engine = engine;
        this.identity = engine.getIdentityService();
    }

    /** Submits the start form of a process as the given member; returns the new instance's id. */
    String demarrer(String processKey, Intervenant qui, Map<String, Object> valeurs) {
        String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(processKey).latestVersion().singleResult().getId();
        return commeIntervenant(qui, () -> engine.getFormService().submitStartForm(definitionId, valeurs).getId());
    }

    /** Claims then completes each open task of this kind, as Tasklist's "Claim" then "Complete" would. */
    void saisir(String instanceId, String tacheId, Intervenant qui, Map<String, Object> valeurs) {
        saisir(instanceId, tacheId, qui, tache -> valeurs);
    }

    /** For a form whose values depend on what the task holds (the élus' e-mails prepared when it opened). */
    void saisir(String instanceId, String tacheId, Intervenant qui, Function<String, Map<String, Object>> valeursDeLaTache) {
        List<Task> taches = engine.getTaskService().createTaskQuery()
                .processInstanceId(instanceId).taskDefinitionKey(tacheId).list();
        if (taches.isEmpty()) {
            throw new IllegalStateException("No open task " + tacheId + " in instance " + instanceId);
        }
        for (Task tache : taches) {
            commeIntervenant(qui, () -> {
                engine.getTaskService().claim(tache.getId(), qui.id());
                engine.getFormService().submitTaskForm(tache.getId(), valeursDeLaTache.apply(tache.getId()));
                return null;
            });
        }
        poursuivre(instanceId);
    }

    /**
     * Runs, as nobody, what the steps left to the job executor (a visit report's async continuation joins
     * the visits' branches), as the job executor would right away: it is paused while the demo is built.
     */
    private void poursuivre(String instanceId) {
        identity.clearAuthentication();
        List<Job> suites;
        while (!(suites = engine.getManagementService().createJobQuery().processInstanceId(instanceId).messages().list()).isEmpty()) {
            for (Job suite : suites) {
                engine.getManagementService().executeJob(suite.getId());
            }
        }
    }

    /**
     * Moves the engine's clock to the given moment, first firing, each at its own due date, the timers of
     * the instance that would have fired on the way (as the job executor would have, as nobody).
     */
    void avancerA(String instanceId, Instant moment) {
        Job timer;
        while (instanceId != null && (timer = prochainTimerEchu(instanceId, moment)) != null) {
            ClockUtil.setCurrentTime(timer.getDuedate());
            declencher(timer);
        }
        ClockUtil.setCurrentTime(Date.from(moment));
    }

    /** The dossier's reference, which the process carries as its business key. */
    String reference(String instanceId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId).singleResult()
                .getBusinessKey();
    }

    boolean estActive(String instanceId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId).count() > 0;
    }

    /**
     * The options an open task's form offers from one of its local Json variables (valuesKey), as
     * {label, value} maps: what Tasklist would show the member.
     */
    List<Map<String, String>> options(String instanceId, String tacheId, String variable) {
        Task tache = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(tacheId)
                .list().stream().findFirst().orElseThrow(() -> new IllegalStateException("No open task " + tacheId));
        Object valeur = engine.getTaskService().getVariableLocal(tache.getId(), variable);
        if (valeur == null) {
            return List.of();
        }
        try {
            return JSON.readValue(valeur.toString(), new TypeReference<List<Map<String, String>>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Variable " + variable + " of " + tacheId + " is not a list of options", e);
        }
    }

    /** Late-matching alerts that could not be mailed; their timer waits for the job executor's retries. */
    int alertesEnAttente() {
        return alertesEnEchec.size();
    }

    private Job prochainTimerEchu(String instanceId, Instant moment) {
        return engine.getManagementService().createJobQuery().processInstanceId(instanceId).timers()
                .orderByJobDuedate().asc().list().stream()
                .filter(job -> !job.getDuedate().toInstant().isAfter(moment))
                .filter(job -> !alertesEnEchec.contains(job.getId()))
                .findFirst().orElse(null);
    }

    private void declencher(Job timer) {
        identity.clearAuthentication();
        try {
            engine.getManagementService().executeJob(timer.getId());
        } catch (RuntimeException e) {
            // Only the late-matching alert talks to the outside world (the mail server, often absent on a
            // trial run; its failure arrives as Spring's MailException, not as an engine exception): its
            // dossier keeps an overdue matching task, and the engine retries the alert later.
            Job echoue = engine.getManagementService().createJobQuery().jobId(timer.getId()).singleResult();
            if (echoue == null || !DELAI_CROISEMENT.equals(activite(echoue))) {
                throw e;
            }
            alertesEnEchec.add(timer.getId());
        }
    }

    private String activite(Job job) {
        return engine.getManagementService().createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                .singleResult().getActivityId();
    }

    private <T> T commeIntervenant(Intervenant qui, java.util.function.Supplier<T> saisie) {
        identity.setAuthentication(qui.id(), List.of(qui.groupe()));
        try {
            return saisie.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    /** A demo staff member (identity.DemoUsers) and the group whose tasks they work on. */
    record Intervenant(String id, String groupe) {
    }

    /** A variable of an open task, typed as the engine holds it (a JSON list stays JSON when submitted back). */
    TypedValue variableDeTache(String tacheId, String nom) {
        return engine.getTaskService().getVariableTyped(tacheId, nom);
    }
}
