package fr.territoire.sante.installation.notification;

import java.util.List;

/**
 * An e-mail to queue in the outbox. {@code cle} is the idempotency key (e.g. "visite-12-seq-0"): a key
 * already queued is never queued again, and the Message-ID derives from it. Personal data: never logged.
 */
public record CourrielAEnvoyer(String cle, List<String> destinataires, String objet, String texte,
        List<PieceJointe> piecesJointes) {

    public CourrielAEnvoyer {
        destinataires = List.copyOf(destinataires);
        piecesJointes = piecesJointes == null ? List.of() : List.copyOf(piecesJointes);
    }
}
