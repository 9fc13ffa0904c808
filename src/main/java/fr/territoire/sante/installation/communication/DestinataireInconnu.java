package fr.territoire.sante.installation.communication;

/** /rapports/destinataires/{id} names no recipient: 404 with a French page. */
class DestinataireInconnu extends RuntimeException {

    DestinataireInconnu(long id) {
        super("Destinataire inconnu : n° " + id + ".");
    }
}
