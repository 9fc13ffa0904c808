package fr.territoire.sante.installation.catalogue;

/** No installation aid has this id. */
public class AideInconnue extends RuntimeException {

    public AideInconnue(long id) {
        super("Aide à l'installation inconnue : n° " + id + ".");
    }
}
