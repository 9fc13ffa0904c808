package fr.territoire.sante.installation.errors;

import org.springframework.stereotype.Component;

/**
 * What every error handler of the application answers (Camunda's REST API and the webapps' engine API,
 * our pages and JSON, the error page): the first translation that knows the failure, or else a 500 with a
 * reference that the log also carries.
 */
@Component
public class ReponsesErreur {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReponsesErreur.class);

    private final Traductions traductions;
    private final ErreursInattendues inattendues;

    ReponsesErreur(Traductions traductions, ErreursInattendues inattendues) {
        this.traductions = traductions;
        this.inattendues = inattendues;
    }

    public ErreurTraduite repondre(Throwable erreur, String methode, String chemin) {
        java.util.Optional<ErreurTraduite> traduite = traductions.traduire(erreur);
        // A conflict or an outage is expected now and then; at DEBUG, what it was (classes, SQL states, a
        // few frames: never the exceptions' text) helps an operator who sees many of them.
        traduite.filter(t -> (t.statut() == 409 || t.statut() == 503) && LOG.isDebugEnabled())
                .ifPresent(t -> LOG.debug("{} {} answered {}: {}", methode, chemin, t.statut(), ErreursInattendues.resume(erreur)));
        return traduite.orElseGet(() -> inattendues.enregistrer(erreur, methode, chemin));
    }

    /** The translation, if any; no log and no 500 (the caller knows the status already). */
    public java.util.Optional<ErreurTraduite> traduire(Throwable erreur) {
        return traductions.traduire(erreur);
    }
}
