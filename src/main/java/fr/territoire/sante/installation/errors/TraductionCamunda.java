package fr.territoire.sante.installation.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The failures every request may meet, whichever way it came (Camunda's REST API, Tasklist, our pages):
 * the engine's refusals (rights, unknown ids, invalid values), Camunda REST's own 4xx, unreadable JSON,
 * a request body we refused while reading it, and the database refusing a value (too long, NUL
 * character, not a number or a date). Asked last: a more precise translation (database away, concurrent
 * change) answers first. Messages never repeat the exceptions' text, which may carry SQL, class names or
 * what was typed; the one exception is a form's validation message, which our listeners write in French
 * for the person filling the form (Tasklist shows it under the form).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class TraductionCamunda implements TraductionErreur {

    @Override
    public Optional<ErreurTraduite> traduire(Throwable erreur) {
        // What the person can act on wins wherever it lies: Camunda wraps a form's validation in a 400 of its own.
        Optional<ErreurTraduite> precise = Causes.trouver(erreur, RequeteRefusee.class).map(RequeteRefusee::reponse)
                .or(() -> Causes.trouver(erreur, FormFieldValidationException.class).map(TraductionCamunda::formulaire));
        if (precise.isPresent()) {
            return precise;
        }
        for (Throwable cause : Causes.de(erreur)) {
            Optional<ErreurTraduite> reponse = une(cause);
            if (reponse.isPresent()) {
                return reponse;
            }
        }
        return Optional.empty();
    }

    private static Optional<ErreurTraduite> une(Throwable cause) {
        if (cause instanceof AuthorizationException) {
            return Optional.of(MessagesHttp.erreur(403));
        }
        if (cause instanceof NotFoundException || cause instanceof NullValueException nulle && introuvable(nulle)) {
            return Optional.of(MessagesHttp.erreur(404));
        }
        if (cause instanceof TaskAlreadyClaimedException) {
            return Optional.of(new ErreurTraduite(409, "Cette tâche est déjà prise en charge par une autre personne."));
        }
        if (cause instanceof SuspendedEntityInteractionException) {
            return Optional.of(new ErreurTraduite(409, "Ce dossier est suspendu : aucune action n'est possible pour l'instant."));
        }
        if (cause instanceof MismatchingMessageCorrelationException) {
            return Optional.of(new ErreurTraduite(400, "Aucun dossier n'attend ce message."));
        }
        if (cause instanceof NullValueException || cause instanceof NotValidException || cause instanceof BadUserRequestException
                || cause instanceof ParseException) {
            return Optional.of(new ErreurTraduite(400, "Requête refusée : une valeur manque ou n'est pas valide."));
        }
        if (cause instanceof RestException rest && rest.getStatus() != null && rest.getStatus().getStatusCode() < 500) {
            int statut = rest.getStatus().getStatusCode();
            return Optional.of(statut == 400 ? new ErreurTraduite(400, "Requête refusée : une valeur manque ou n'est pas valide.")
                    : MessagesHttp.erreur(statut));
        }
        if (cause instanceof JsonProcessingException) {
            return Optional.of(new ErreurTraduite(400, "Corps de la requête illisible : un JSON valide est attendu."));
        }
        if (cause instanceof WebApplicationException web && web.getResponse() != null && web.getResponse().getStatus() >= 400
                && web.getResponse().getStatus() < 500) {
            return Optional.of(MessagesHttp.erreur(web.getResponse().getStatus()));
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            return parEtatSql(sql.getSQLState());
        }
        return Optional.empty();
    }

    private static ErreurTraduite formulaire(FormFieldValidationException invalide) {
        String message = Texte.extrait(invalide.getMessage(), 600);
        return new ErreurTraduite(400, message.isBlank() ? "Formulaire à corriger." : message);
    }

    /** The engine says "Cannot find task …" / "… is null" with the same exception for a missing id and a missing parameter. */
    private static boolean introuvable(NullValueException nulle) {
        String message = String.valueOf(nulle.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("cannot find") || message.contains("no ") && message.contains("found")
                || message.contains("does not exist");
    }

    /** SQL states shared by PostgreSQL and H2 for a value the database will not hold. */
    private static Optional<ErreurTraduite> parEtatSql(String etat) {
        return switch (etat) {
            case "22001" -> Optional.of(new ErreurTraduite(400, "Valeur trop longue : raccourcissez le texte saisi."));
            case "22021", "22P05" -> Optional.of(new ErreurTraduite(400, "Caractère interdit dans le texte saisi (caractère nul ou invalide)."));
            case "22003" -> Optional.of(new ErreurTraduite(400, "Nombre hors des limites acceptées."));
            case "22007", "22008" -> Optional.of(new ErreurTraduite(400, "Date ou heure invalide."));
            case "22P02", "22018" -> Optional.of(new ErreurTraduite(400, "Valeur invalide : un nombre, une date ou un choix attendu."));
            case "23505" -> Optional.of(new ErreurTraduite(409, "Cet enregistrement existe déjà."));
            default -> Optional.empty();
        };
    }
}
