package fr.territoire.sante.installation.fiche;

/** No dossier bears the reference asked for: a 404 for the page and the API, not a 500. */
public class DossierInconnu extends RuntimeException {

    public DossierInconnu(String reference) {
        super("Dossier inconnu : " + reference);
    }
}
