package fr.territoire.sante.installation.dossier;

import fr.territoire.sante.installation.errors.ErreurTraduite;
import fr.territoire.sante.installation.errors.TraductionErreur;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A change refused because the dossier is closed (settled, withdrawn, anonymised): what its last round
 * planned stays as it was, and no invitation or cancellation goes out any more. Answered 409 in French,
 * on the pages and the JSON API alike ({@link Traduction}); nothing is written.
 */
public class DossierClos extends RuntimeException {

    public DossierClos(Dossier dossier, String quoi) {
        super("Le dossier " + dossier.getReference() + " est clos : " + quoi + " ne se modifient plus.");
    }

    /** @param quoi what would change, plural: « ses visites », « les réponses des lieux contactés » */
    public static void refuserSiClos(Dossier dossier, String quoi) {
        if (!dossier.isActive()) {
            throw new DossierClos(dossier, quoi);
        }
    }

    @Component
    static class Traduction implements TraductionErreur {
        @Override
        public Optional<ErreurTraduite> traduire(Throwable erreur) {
            return erreur instanceof DossierClos clos
                    ? Optional.of(new ErreurTraduite(409, clos.getMessage())) : Optional.empty();
        }
    }
}
