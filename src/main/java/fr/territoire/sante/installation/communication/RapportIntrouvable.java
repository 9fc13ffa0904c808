package fr.territoire.sante.installation.communication;

/** A report id that names no report: nothing to send. */
class RapportIntrouvable extends RuntimeException {

    RapportIntrouvable(Long id) {
        super("Rapport introuvable" + (id == null ? "." : " : n° " + id + "."));
    }
}
