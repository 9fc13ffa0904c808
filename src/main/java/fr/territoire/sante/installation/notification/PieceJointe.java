package fr.territoire.sante.installation.notification;

/** A file attached to a queued e-mail, e.g. {@code visite.ics} as {@code text/calendar; method=REQUEST}. */
public record PieceJointe(String nom, String typeMime, byte[] contenu) {
}
