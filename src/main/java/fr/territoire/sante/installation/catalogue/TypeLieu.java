package fr.territoire.sante.installation.catalogue;

/** Kinds of practice site the protocol names, with the label staff read. */
public enum TypeLieu {
    CABINET_MEDICAL("Cabinet médical"),
    MSP("Maison de santé pluriprofessionnelle (MSP)"),
    CENTRE_SANTE("Centre de santé"),
    MAISON_MEDICALE("Maison médicale"),
    ETABLISSEMENT("Établissement de santé"),
    AUTRE("Autre");

    private final String libelle;

    TypeLieu(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
