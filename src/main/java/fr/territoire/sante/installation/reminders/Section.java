package fr.territoire.sante.installation.reminders;

/** The parts of a digest, most pressing first. */
enum Section {
    DELAI_DEPASSE("Délais dépassés"),
    ECHEANCE_PROCHE("Échéances proches"),
    EN_ATTENTE("Tâches qui attendent d'être prises"),
    CETTE_SEMAINE("Débriefs à froid et suivis prévus cette semaine");

    final String titre;

    Section(String titre) {
        this.titre = titre;
    }
}
