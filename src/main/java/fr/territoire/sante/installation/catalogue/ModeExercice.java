package fr.territoire.sante.installation.catalogue;

/** How a site lets a professional practise. */
public enum ModeExercice {
    LIBERAL("Libéral"),
    SALARIAT("Salariat"),
    MIXTE("Mixte");

    private final String libelle;

    ModeExercice(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
