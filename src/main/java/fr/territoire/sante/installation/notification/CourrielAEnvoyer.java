package fr.territoire.sante.installation.notification;

import java.util.List;

/**
 * An e-mail to queue in the outbox. {@code cle} is the idempotency key (e.g. "visite-12-seq-0"): a key
 * already queued is never queued again, and the Message-ID derives from it. {@code instanceProcessus}, when
 * given, is the dossier's process instance: a mail given up raises an incident there (Cockpit). Personal
 * data: never logged.
 */
public record CourrielAEnvoyer(String cle, List<String> destinataires, String objet, String texte,
        List<PieceJointe> piecesJointes, String instanceProcessus) {

    public CourrielAEnvoyer {
        destinataires = List.copyOf(destinataires);
        piecesJointes = piecesJointes == null ? List.of() : List.copyOf(piecesJointes);
    }

    public CourrielAEnvoyer(String cle, List<String> destinataires, String objet, String texte, List<PieceJointe> piecesJointes) {
        this(cle, destinataires, objet, texte, piecesJointes, null);
    }

    /** The same mail, tied to the dossier's process instance. */
    public CourrielAEnvoyer pourInstance(String instance) {
        return new CourrielAEnvoyer(cle, destinataires, objet, texte, piecesJointes, instance);
    }
}
