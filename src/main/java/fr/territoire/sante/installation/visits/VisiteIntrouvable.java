package fr.territoire.sante.installation.visits;

/** A dossier reference or a visit id that names nothing (answered 404 with this French message). */
public class VisiteIntrouvable extends RuntimeException {

    VisiteIntrouvable(String message) {
        super(message);
    }
}
