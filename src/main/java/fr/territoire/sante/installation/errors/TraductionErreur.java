package fr.territoire.sante.installation.errors;

import java.util.Optional;

/**
 * Knows one kind of failure and what a user should be told about it, in French, with which HTTP status.
 * Every bean of this type is asked, in {@link org.springframework.core.annotation.Order} order, by the
 * error handlers of our pages, of our JSON endpoints and of Camunda's REST API (which Tasklist uses);
 * the first that recognises the failure gives the answer. A failure nobody recognises gets a generic
 * French message without internals.
 */
public interface TraductionErreur {

    /** The answer for this failure (looking through its causes as needed), or empty when unknown here. */
    Optional<ErreurTraduite> traduire(Throwable erreur);
}
