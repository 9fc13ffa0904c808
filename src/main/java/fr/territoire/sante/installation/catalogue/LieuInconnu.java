package fr.territoire.sante.installation.catalogue;

/** No practice site has this id. */
public class LieuInconnu extends RuntimeException {

    public LieuInconnu(long id) {
        super("Lieu d'exercice inconnu : n° " + id + ".");
    }
}
