package fr.territoire.sante.installation.matching;

/** A site's answer that cannot be recorded as sent: a 400 with the French message. */
public class ReponseInvalide extends RuntimeException {

    ReponseInvalide(String message) {
        super(message);
    }
}
