package fr.territoire.sante.installation.accesslog;

/** What kind of read of a dossier's personal data an access log entry records. */
public enum NatureConsultation {
    FICHE("Fiche du dossier (page)"),
    FICHE_JSON("Fiche du dossier (JSON)"),
    FICHE_AUTRE("Partie de la fiche (lieux, visites, invitation)"),
    DROIT_ACCES_JSON("Export droit d'accès (JSON)"),
    DROIT_ACCES_PDF("Export droit d'accès (PDF)"),
    TABLEAU("Tableau de reporting (page)"),
    TABLEAU_JSON("Tableau de reporting (JSON)"),
    TABLEAU_CSV("Export du tableau (CSV)"),
    TABLEAU_XLSX("Export du tableau (XLSX)"),
    TACHE_TASKLIST("Formulaire d'une tâche (Tasklist)"),
    LISTE_TACHES("Liste de tâches avec le nom du professionnel (Tasklist ou API)"),
    TACHE_API("Variables d'une tâche (API REST du moteur)");

    private final String libelle;

    NatureConsultation(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
