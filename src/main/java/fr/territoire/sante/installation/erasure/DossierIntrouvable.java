package fr.territoire.sante.installation.erasure;

/** No dossier bears the reference given (or it was already anonymised): a 404 with a French message. */
public class DossierIntrouvable extends RuntimeException {

    public DossierIntrouvable(String reference) {
        super("Aucun dossier ne porte la référence « " + reference + " » (ou ses données ont déjà été effacées).");
    }
}
