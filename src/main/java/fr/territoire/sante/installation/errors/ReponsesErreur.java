package fr.territoire.sante.installation.errors;

import org.springframework.stereotype.Component;

/**
 * What every error handler of the application answers (Camunda's REST API and the webapps' engine API,
 * our pages and JSON, the error page): the first translation that knows the failure, or else a 500 with a
 * reference that the log also carries.
 */
@Component
public class ReponsesErreur {

    private final Traductions traductions;
    private final ErreursInattendues inattendues;

    ReponsesErreur(Traductions traductions, ErreursInattendues inattendues) {
        this.traductions = traductions;
        this.inattendues = inattendues;
    }

    public ErreurTraduite repondre(Throwable erreur, String methode, String chemin) {
        return traductions.traduire(erreur).orElseGet(() -> inattendues.enregistrer(erreur, methode, chemin));
    }

    /** The translation, if any; no log and no 500 (the caller knows the status already). */
    public java.util.Optional<ErreurTraduite> traduire(Throwable erreur) {
        return traductions.traduire(erreur);
    }
}
