package fr.territoire.sante.installation.notification;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes a given-up e-mail visible to operators where they watch the processes: an incident of type
 * {@value #TYPE} on the dossier's process instance (Cockpit), resolved by the next successful sending. The
 * incident's text names the outbox row and what to do, never an address or the mail's content. Runs in
 * the caller's transaction (the engine joins Spring's).
 */
@Component
class IncidentsCourriels {

    static final String TYPE = "courrielAbandonne";
    private static final Logger LOG = LoggerFactory.getLogger(IncidentsCourriels.class);

    private final RuntimeService runtime;

    IncidentsCourriels(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** The incident raised for a mail just given up, or null when it belongs to no running process. */
    String signaler(CourrielSortant courriel) {
        if (courriel.getInstanceProcessus() == null) {
            return null;
        }
        // Asked first: a failed command would mark the whole transaction (the row's update too) rollback-only.
        String execution = executionEnAttente(courriel.getInstanceProcessus());
        if (execution == null) {
            LOG.warn("Queued e-mail {} given up; its process instance is no longer running, no incident raised", courriel.getId());
            return null;
        }
        String message = "Courriel n° " + courriel.getId() + " abandonné après " + courriel.getTentatives()
                + " tentatives (serveur de messagerie en échec). Corriger la cause, puis le renvoyer depuis la page "
                + "« Courriels en échec » de l'application (/admin/courriels).";
        try {
            Incident incident = runtime.createIncident(TYPE, execution, configuration(courriel), message);
            return incident.getId();
        } catch (ProcessEngineException refus) {
            LOG.warn("Queued e-mail {} given up; the engine refused its incident: {}", courriel.getId(), refus.getMessage());
            return null;
        }
    }

    /** The mail went: its incident, if any, is resolved (it may already be gone with its process). */
    void resoudre(CourrielSortant courriel) {
        // Asked first, as above: the mail's "sent" mark must never roll back with a failed resolution.
        if (courriel.getIncident() == null || runtime.createIncidentQuery().incidentId(courriel.getIncident()).count() == 0) {
            return;
        }
        try {
            runtime.resolveIncident(courriel.getIncident());
        } catch (ProcessEngineException dejaResolu) {
            LOG.info("Incident of queued e-mail {} already closed", courriel.getId());
        }
    }

    /**
     * An execution where the dossier waits (an incident needs an activity; the process instance itself has
     * none while it waits in several places): the first activity of its tree without children, so that
     * Cockpit draws the incident on the step the dossier is at.
     */
    private String executionEnAttente(String instance) {
        if (runtime.createProcessInstanceQuery().processInstanceId(instance).count() == 0) {
            return null;
        }
        ActivityInstance activite = runtime.getActivityInstance(instance);
        while (activite != null && activite.getChildActivityInstances().length > 0) {
            activite = activite.getChildActivityInstances()[0];
        }
        return activite == null || activite.getExecutionIds().length == 0 ? null : activite.getExecutionIds()[0];
    }

    static String configuration(CourrielSortant courriel) {
        return "courriel-sortant-" + courriel.getId();
    }
}
