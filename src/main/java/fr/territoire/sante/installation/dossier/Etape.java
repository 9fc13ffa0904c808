package fr.territoire.sante.installation.dossier;

/** Where a dossier stands in the protocol (stages A to E), or closed; the label is what staff read. */
public enum Etape {
    RECUEIL("A – Recueil de la demande"),
    ENTRETIEN("B – Entretien"),
    CROISEMENT("C – Croisement"),
    VISITES("D – Visites"),
    DEBRIEF("D – Débriefs"),
    SUIVI("E – Suivi"),
    CLOS("Clos");

    private final String libelle;

    Etape(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
