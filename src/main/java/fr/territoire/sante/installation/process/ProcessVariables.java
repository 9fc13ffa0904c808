package fr.territoire.sante.installation.process;

/**
 * Names of the variables the process itself keeps: references and the facts its gateways, timers and
 * due dates need. Everything a form captures about the professional lives in the reporting store.
 */
public final class ProcessVariables {

    public static final String DOSSIER_ID = "dossierId";
    public static final String DOSSIER_REFERENCE = "dossierReference";
    /** Display label shown in Tasklist (name and profession), nothing more. */
    public static final String PROFESSIONNEL = "professionnel";

    public static final String DATE_ENTRETIEN = "dateEntretien";
    public static final String POURSUIT_DEMARCHE = "poursuitDemarche";
    public static final String ECHEANCE_CROISEMENT = "echeanceCroisement";
    public static final String LIEUX_TROUVES = "lieuxTrouves";
    public static final String DATE_VISITES = "dateVisites";
    public static final String LIEU_VISITE = "lieuVisite";
    /** D. Multi-instance element of the visit reports: a planned visit's id (or, without a schedule, a site's label). */
    public static final String VISITE = "visite";
    /** D. Local to each visit report: the planned visit it reports on. */
    public static final String VISITE_PLANIFIEE_ID = "visitePlanifieeId";
    public static final String DATE_DEBRIEF_FROID = "dateDebriefFroid";
    public static final String DECISION_DEBRIEF = "decisionDebrief";
    public static final String DATE_SUIVI_3_MOIS = "dateSuivi3Mois";
    public static final String DATE_SUIVI_6_MOIS = "dateSuivi6Mois";
    public static final String DATE_SUIVI_12_MOIS = "dateSuivi12Mois";

    /** In a move of the interview appointment: the dossier's interview task, and the appointment's new date. */
    public static final String TACHE_ENTRETIEN_DEPLACEE = "tacheEntretienDeplacee";
    public static final String NOUVELLE_DATE_ENTRETIEN = "nouvelleDateEntretien";

    /**
     * While the élus task is open: the e-mails prepared per commune (a JSON list, which the task form's
     * dynamic list shows and submits back), and the facts the form's conditions read.
     */
    public static final String COURRIELS_ELUS = "courrielsElus";
    /** Commune → élus' addresses as prepared: what is sent, whatever the submission says. */
    public static final String DESTINATAIRES_ELUS = "destinatairesElus";
    public static final String COURRIELS_ELUS_PREPARES = "courrielsElusPrepares";
    public static final String COMMUNES_SANS_ADRESSE_ELUS = "communesSansAdresseElus";
    public static final String INFORMATION_AUTRE_MOYEN = "informationAutreMoyen";

    private ProcessVariables() {
    }
}
