package fr.territoire.sante.installation.catalogue;

/** Where a territory need stands; abandoned is a status, not an archive. */
public enum StatutBesoin {
    OUVERT("Ouvert"),
    EN_COURS("En cours"),
    POURVU("Pourvu"),
    ABANDONNE("Abandonné");

    private final String libelle;

    StatutBesoin(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
