package fr.territoire.sante.installation.security;

import fr.territoire.sante.installation.errors.ErreurTraduite;
import fr.territoire.sante.installation.errors.TraductionErreur;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A variable sent in Java's serialization format ({@code application/x-java-serialized-object}), which
 * the engine refuses ({@code java-serialization-format-enabled: false}: deserializing what a caller sends
 * would let them run code). Camunda's REST API answers some of these refusals with 500 (starting a
 * process); this makes every one a 400 that says what to send instead.
 */
@Component
@Order(100)
class SerialisationJavaRefusee implements TraductionErreur {

    static final String MESSAGE = "Les variables sérialisées en Java (application/x-java-serialized-object) sont refusées :"
            + " envoyez la valeur en JSON. Rien n'a été enregistré.";
    /** The engine's code for "Java serialization format is prohibited" (ENGINE-17007). */
    private static final String CODE = "ENGINE-17007";

    @Override
    public Optional<ErreurTraduite> traduire(Throwable erreur) {
        for (Throwable cause = erreur; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ProcessEngineException && cause.getMessage() != null && cause.getMessage().contains(CODE)) {
                return Optional.of(new ErreurTraduite(400, MESSAGE));
            }
        }
        return Optional.empty();
    }
}
