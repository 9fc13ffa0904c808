package fr.territoire.sante.installation.matching;

/** What a contacted site answered the CPTS (or the CLS) about meeting the professional. */
public enum ReponseLieu {
    INTERESSE("Intéressé"),
    PAS_MAINTENANT("Pas pour le moment"),
    REFUS("Refus");

    private final String libelle;

    ReponseLieu(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
