package fr.territoire.sante.installation.errors;

/**
 * What a user is told about a failure: an HTTP status (4xx for what they can fix or retry, 503 while a
 * service we depend on is away) and a French sentence that names no internals (no SQL, no class names,
 * no stack trace, no personal data).
 */
public record ErreurTraduite(int statut, String message) {

    public ErreurTraduite {
        if (statut < 400 || statut > 599) {
            throw new IllegalArgumentException("an error answer needs a 4xx or 5xx status: " + statut);
        }
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("an error answer needs a message");
        }
    }
}
