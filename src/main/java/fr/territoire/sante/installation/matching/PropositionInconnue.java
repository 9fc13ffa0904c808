package fr.territoire.sante.installation.matching;

/** No dossier bears the reference, or its current round proposed no such site: a 404, never a 500. */
public class PropositionInconnue extends RuntimeException {

    PropositionInconnue(String message) {
        super(message);
    }
}
