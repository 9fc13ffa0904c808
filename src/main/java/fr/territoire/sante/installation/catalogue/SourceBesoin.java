package fr.territoire.sante.installation.catalogue;

/** Who reported a territory need to the CLS or the CPTS. */
public enum SourceBesoin {
    ELUS("Élus"),
    ARS("ARS"),
    CPAM("CPAM"),
    PROFESSIONNELS("Professionnels"),
    AUTRE("Autre");

    private final String libelle;

    SourceBesoin(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
