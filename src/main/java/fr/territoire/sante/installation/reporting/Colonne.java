package fr.territoire.sante.installation.reporting;

import java.util.List;

/**
 * The reporting table's columns, in the order staff read them, with the SQL each one sorts by (each
 * served by an index of {@code ligne_reporting}: migration V8). {@code identifiante}: hidden from readers
 * who may not see identifying data, and never a sort for them.
 */
public enum Colonne {
    REFERENCE("Référence", false, "r.reference"),
    PROFESSIONNEL("Professionnel", true, "r.professionnel"),
    PROFESSION("Profession", false, "r.profession"),
    SPECIALITE("Spécialité", true, "r.specialite"),
    ORIGINE("Origine de la demande", false, "r.origine_demande"),
    DEMANDE("Demande", false, "r.demande_le"),
    ENTRETIEN("Entretien", false, "r.entretien_le"),
    CROISEMENT("Croisement", false, "r.croisement_le"),
    VISITES("Visites", false, "r.visites"),
    DEBRIEF_CHAUD("Débrief à chaud", false, "r.debrief_chaud_le"),
    DEBRIEF_FROID("Débrief à froid", false, "r.debrief_froid_le"),
    SUIVIS("Suivis réalisés", false, "r.suivis_realises"),
    ETAPE("Étape", false, "r.etape"),
    ECHEANCE("Prochaine échéance", false, "r.prochaine_echeance"),
    // Late first when sorted descending: flagged by the matching deadline, then the earliest next due
    // date (an overdue one comes first), closed dossiers last. Exactly the "Oui" rows before the "Non"
    // ones, in an order an index can serve (lateness itself depends on the time of the request).
    RETARD("En retard", false, "r.en_retard", "-r.prochaine_echeance"),
    ISSUE("Issue", false, "r.statut"),
    COMMUNE("Commune", false, "r.commune");

    private final String libelle;
    private final boolean identifiante;
    /** Sort terms; one written "-expr" runs the other way from the column's direction. */
    private final List<String> termes;

    Colonne(String libelle, boolean identifiante, String... termes) {
        this.libelle = libelle;
        this.identifiante = identifiante;
        this.termes = List.of(termes);
    }

    public String libelle() {
        return libelle;
    }

    /**
     * ORDER BY for this column: empty values last going up and first going down (PostgreSQL's own order
     * of a b-tree index, so one index serves both directions), ties broken by dossier id.
     */
    String orderBy(boolean croissant) {
        StringBuilder order = new StringBuilder();
        boolean sens = croissant;
        for (String terme : termes) {
            boolean inverse = terme.startsWith("-");
            sens = inverse != croissant;
            order.append(inverse ? terme.substring(1) : terme).append(sens ? " asc nulls last, " : " desc nulls first, ");
        }
        return order.append("r.dossier_id").append(sens ? " asc" : " desc").toString();
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
