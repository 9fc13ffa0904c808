package fr.territoire.sante.installation.consistency;

/**
 * Each way the reporting store and the engine can disagree about a dossier, what an operator reads
 * about it and what they should do (French, shown on the page and in the JSON).
 */
public enum TypeDivergence {

    DOSSIER_SANS_PROCESSUS(
            "Dossier en cours sans processus actif",
            "Le dossier est en cours dans le tableau de reporting mais le moteur n'exécute plus son processus."
                    + " Chercher la référence dans Cockpit (instances terminées) : si le processus a été annulé par erreur,"
                    + " le relancer à l'étape du dossier (API REST du moteur, « restart » de l'instance avec"
                    + " startBeforeActivity sur la tâche de cette étape) ; si la démarche est réellement finie,"
                    + " le signaler au CLS, qui la clôt."),
    PROCESSUS_SANS_DOSSIER_EN_COURS(
            "Processus actif sans dossier en cours",
            "Le moteur exécute un processus d'accompagnement dont le dossier est clos, ou introuvable. Ouvrir"
                    + " l'instance dans Cockpit : si le dossier est clos (arrêt ou fin de l'accompagnement), annuler"
                    + " l'instance dans Cockpit en indiquant le motif ; si aucun dossier n'y est rattaché, ne rien"
                    + " supprimer et prévenir l'équipe technique (restauration partielle de la base ?)."),
    PROCESSUS_EN_DOUBLE(
            "Plusieurs processus actifs pour un dossier",
            "Deux instances ou plus du processus d'accompagnement portent la même référence : des tâches"
                    + " apparaîtraient en double dans Tasklist. Garder l'instance rattachée au dossier (son"
                    + " identifiant figure dans la colonne du tableau de reporting) et annuler l'autre dans Cockpit."),
    ETAPE_DIFFERENTE(
            "Étape différente de celle des tâches ouvertes",
            "Aucune tâche ouverte du dossier ne correspond à l'étape que montre le tableau de reporting. L'étape"
                    + " est remise à jour à la prochaine tâche ouverte ; si le dossier attend, vérifier dans Cockpit"
                    + " où en est l'instance et le signaler à l'équipe technique, qui corrige l'étape du dossier."),
    LIGNE_REPORTING_ABSENTE(
            "Ligne du tableau de reporting absente",
            "Le dossier n'apparaît pas dans le tableau partagé. L'application recrée les lignes manquantes à son"
                    + " démarrage et chaque étape réécrit la sienne : redémarrer l'application, ou attendre la prochaine"
                    + " étape du dossier, puis relancer ce contrôle."),
    LIGNE_REPORTING_DIFFERENTE(
            "Ligne du tableau de reporting différente du dossier ou du moteur",
            "Étape, statut, retard ou prochaine échéance de la ligne diffèrent du dossier ou des tâches ouvertes"
                    + " du moteur. La ligne est réécrite à chaque étape du dossier ; pour la corriger tout de suite,"
                    + " supprimer la ligne puis redémarrer l'application (les lignes manquantes sont recréées au"
                    + " démarrage), puis relancer ce contrôle."),
    MINUTERIE_ABSENTE(
            "Rendez-vous prévu sans minuterie",
            "Un débrief à froid ou un suivi est prévu dans le dossier, mais l'instance n'attend aucune minuterie et"
                    + " n'a aucune tâche ouverte : le rendez-vous ne sera jamais proposé. Ouvrir l'instance dans Cockpit"
                    + " et la signaler à l'équipe technique, qui replace l'instance sur la minuterie de l'étape."),
    MINUTERIE_DECALEE(
            "Minuterie à une autre date que le rendez-vous prévu",
            "La minuterie du moteur ne tombe pas à la date du débrief à froid ou du suivi enregistrée dans le"
                    + " dossier. Dans Cockpit, ouvrir l'instance, onglet « Jobs » : modifier la date d'échéance de la"
                    + " minuterie (« Change due date ») pour celle du dossier."),
    TRAVAIL_EN_ECHEC(
            "Travail du moteur en échec (incident)",
            "Une minuterie ou une étape automatique du dossier a échoué à chaque essai : le dossier est bloqué."
                    + " Ouvrir l'incident dans Cockpit, corriger la cause (serveur de courriel, donnée), puis"
                    + " « Retry » pour relancer le travail.");

    private final String libelle;
    private final String consigne;

    TypeDivergence(String libelle, String consigne) {
        this.libelle = libelle;
        this.consigne = consigne;
    }

    public String libelle() {
        return libelle;
    }

    /** What the operator should do about a divergence of this kind. */
    public String consigne() {
        return consigne;
    }
}
