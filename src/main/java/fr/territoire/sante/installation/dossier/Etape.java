package fr.territoire.sante.installation.dossier;

/** Where a dossier stands in the protocol (stages A to E), or closed. */
public enum Etape {
    RECUEIL, ENTRETIEN, CROISEMENT, VISITES, DEBRIEF, SUIVI, CLOS
}
