package fr.territoire.sante.installation.catalogue;

/** Kinds of installation aid or service the issue names, with the label staff read. */
public enum CategorieAide {
    AIDE_COMMUNE("Aide financière de la commune"),
    AIDE_INTERCOMMUNALITE("Aide financière de l'intercommunalité"),
    AIDE_DEPARTEMENT("Aide financière du département"),
    AIDE_REGION("Aide financière de la région"),
    AIDE_ASSURANCE_MALADIE_ARS("Aide financière de l'Assurance maladie ou de l'ARS"),
    LOGEMENT("Offre de logement"),
    GARDE_ENFANTS_ECOLES("Garde d'enfants et écoles"),
    EMPLOI_CONJOINT("Emploi du conjoint"),
    AUTRE("Autre");

    private final String libelle;

    CategorieAide(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    /** A category typed as its name or its label (case-insensitive), or null if unknown. */
    static CategorieAide lire(String saisie) {
        if (saisie == null) {
            return null;
        }
        for (CategorieAide candidate : values()) {
            if (candidate.name().equalsIgnoreCase(saisie.trim()) || candidate.libelle().equalsIgnoreCase(saisie.trim())) {
                return candidate;
            }
        }
        return null;
    }
}
