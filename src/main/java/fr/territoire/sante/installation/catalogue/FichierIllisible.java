package fr.territoire.sante.installation.catalogue;

/** An imported file that cannot be read at all (type, size, encoding, header): a French 400, nothing written. */
class FichierIllisible extends RuntimeException {

    FichierIllisible(String message) {
        super(message);
    }
}
