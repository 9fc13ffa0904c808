package fr.territoire.sante.installation.errors;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Two people (or two nodes) changed the same thing at the same moment and this request lost: 409 with a
 * French sentence that asks to reload, never a 500. Recognised anywhere in the cause chain:
 * <ul>
 * <li>the engine's {@link OptimisticLockingException} (the same task completed twice at once, a process
 * instance changed under a step);</li>
 * <li>JPA's {@code OptimisticLockException} and Spring's {@link ConcurrencyFailureException} on our
 * store;</li>
 * <li>PostgreSQL's serialization failure and deadlock (SQL states 40001, 40P01);</li>
 * <li>a unique key violated (23505) while completing a task (REST {@code …/task/{id}/complete} or
 * {@code …/submit-form}) that the history now shows as finished: our store keeps one row per dossier and
 * step, so the second of two simultaneous completions collides with the first's row before the engine
 * sees its own conflict;</li>
 * <li>"Cannot find task with id …", or a missing right on a task (the candidate group's right goes with
 * the task), for a task that the history shows as finished: its completion by someone else committed
 * just before this request read it. A task that never existed is left to the generic answers (404,
 * 403).</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class ConflitConcurrence implements TraductionErreur {

    static final String TACHE_DEJA_TRAITEE = "Cette tâche vient d'être traitée par quelqu'un d'autre : rechargez la page "
            + "pour voir son état actuel. Rien n'a été enregistré de votre côté.";
    static final String MODIFICATION_SIMULTANEE = "Ce dossier vient d'être modifié par quelqu'un d'autre au même moment : "
            + "rechargez la page puis recommencez. Rien n'a été enregistré de votre côté.";

    private static final Set<String> ETATS_SQL_CONCURRENCE = Set.of("40001", "40P01");
    private static final String VIOLATION_UNICITE = "23505";
    private static final Pattern COMPLETION_DE_TACHE = Pattern.compile("/task/([A-Za-z0-9-]{1,64})/(complete|submit-form)$");
    private static final Pattern TACHE_INTROUVABLE = Pattern.compile("Cannot find task with id ([A-Za-z0-9-]{1,64})");

    private final HistoryService history;
    private final IdentityService identity;

    ConflitConcurrence(HistoryService history, IdentityService identity) {
        this.history = history;
        this.identity = identity;
    }

    @Override
    public Optional<ErreurTraduite> traduire(Throwable erreur) {
        for (Throwable cause = erreur; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OptimisticLockingException) {
                return Optional.of(new ErreurTraduite(409, TACHE_DEJA_TRAITEE));
            }
            if (cause instanceof jakarta.persistence.OptimisticLockException || cause instanceof ConcurrencyFailureException
                    || cause instanceof SQLException sql && ETATS_SQL_CONCURRENCE.contains(sql.getSQLState())) {
                return Optional.of(new ErreurTraduite(409, MODIFICATION_SIMULTANEE));
            }
            if (tacheTermineeEntreTemps(cause) || droitManquantSurTacheTerminee(cause) || doublonDUneCompletionConcurrente(cause)) {
                return Optional.of(new ErreurTraduite(409, TACHE_DEJA_TRAITEE));
            }
        }
        return Optional.empty();
    }

    private boolean doublonDUneCompletionConcurrente(Throwable cause) {
        if (!(cause instanceof SQLException sql && VIOLATION_UNICITE.equals(sql.getSQLState()))
                || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributs)) {
            return false;
        }
        Matcher completion = COMPLETION_DE_TACHE.matcher(attributs.getRequest().getRequestURI());
        return completion.find() && terminee(completion.group(1));
    }

    private boolean tacheTermineeEntreTemps(Throwable cause) {
        if (!(cause instanceof org.camunda.bpm.engine.ProcessEngineException) || cause.getMessage() == null) {
            return false;
        }
        Matcher tache = TACHE_INTROUVABLE.matcher(cause.getMessage());
        return tache.find() && terminee(tache.group(1));
    }

    /**
     * The loser of a race may also be refused for want of a right on the task: the candidate group's
     * right went with the completed task. For a task the history shows as finished, that is a conflict.
     */
    private boolean droitManquantSurTacheTerminee(Throwable cause) {
        return cause instanceof AuthorizationException refus && refus.getMissingAuthorizations().stream()
                .anyMatch(manque -> Resources.TASK.resourceName().equals(manque.getResourceType())
                        && manque.getResourceId() != null && !"*".equals(manque.getResourceId()) && terminee(manque.getResourceId()));
    }

    private boolean terminee(String tacheId) {
        // Whether the task ever existed, whoever asks: the answer only chooses between 409 and 404 and
        // shows nothing of the task. The engine checks authorizations only for an authenticated thread.
        Authentication demandeur = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return history.createHistoricTaskInstanceQuery().taskId(tacheId).finished().count() > 0;
        } finally {
            if (demandeur != null) {
                identity.setAuthentication(demandeur);
            }
        }
    }
}
