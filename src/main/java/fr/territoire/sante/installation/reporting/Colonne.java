package fr.territoire.sante.installation.reporting;

/**
 * The reporting table's columns, in the order staff read them, with the SQL each one sorts by.
 * {@code identifiante}: hidden from readers who may not see identifying data.
 */
public enum Colonne {
    REFERENCE("Référence", "r.reference", false),
    PROFESSIONNEL("Professionnel", "r.professionnel", true),
    PROFESSION("Profession", "r.profession", false),
    SPECIALITE("Spécialité", "r.specialite", true),
    ORIGINE("Origine de la demande", "r.origine_demande", false),
    DEMANDE("Demande", "r.demande_le", false),
    ENTRETIEN("Entretien", "r.entretien_le", false),
    CROISEMENT("Croisement", "r.croisement_le", false),
    VISITES("Visites", "r.visites", false),
    DEBRIEF_CHAUD("Débrief à chaud", "r.debrief_chaud_le", false),
    DEBRIEF_FROID("Débrief à froid", "r.debrief_froid_le", false),
    SUIVIS("Suivis réalisés", "r.suivis_realises", false),
    ETAPE("Étape", "r.etape", false),
    ECHEANCE("Prochaine échéance", "r.prochaine_echeance", false),
    RETARD("En retard", "case when r.en_retard or (r.statut = 'EN_COURS' and r.prochaine_echeance < :maintenant) then 1 else 0 end", false),
    ISSUE("Issue", "r.statut", false),
    COMMUNE("Commune", "r.commune", false);

    private final String libelle;
    private final String sql;
    private final boolean identifiante;

    Colonne(String libelle, String sql, boolean identifiante) {
        this.libelle = libelle;
        this.sql = sql;
        this.identifiante = identifiante;
    }

    public String libelle() {
        return libelle;
    }

    String sql() {
        return sql;
    }

    public boolean identifiante() {
        return identifiante;
    }

    public String cle() {
        return name().toLowerCase().replace('_', '-');
    }

    public static Colonne parCle(String cle) {
        for (Colonne colonne : values()) {
            if (colonne.cle().equals(cle)) {
                return colonne;
            }
        }
        return null;
    }
}
