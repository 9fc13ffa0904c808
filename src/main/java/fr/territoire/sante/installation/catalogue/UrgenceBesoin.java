package fr.territoire.sante.installation.catalogue;

/** How pressing a territory need is, from the least to the most (the order sorts the list). */
public enum UrgenceBesoin {
    FAIBLE("Faible"),
    MOYENNE("Moyenne"),
    FORTE("Forte"),
    CRITIQUE("Critique");

    private final String libelle;

    UrgenceBesoin(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
