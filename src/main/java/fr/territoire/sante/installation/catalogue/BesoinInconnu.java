package fr.territoire.sante.installation.catalogue;

/** No territory need has this id. */
public class BesoinInconnu extends RuntimeException {

    public BesoinInconnu(long id) {
        super("Besoin du territoire inconnu : n° " + id + ".");
    }
}
