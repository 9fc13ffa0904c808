package fr.territoire.sante.installation.process;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Drives a dossier through the protocol the way Tasklist does: start form and task forms submitted
 * through the FormService, with realistic (fictional) values. Each step returns the driver so a test
 * reads like the diagram.
 */
public class DossierDriver {

    private final ProcessEngine engine;
    private final String processKey;
    private ProcessInstance instance;
    private Function<String, Long> catalogue;
    /** Plans the visits (on the dossier page's service) before the organisation task; none by default. */
    private Consumer<String> planificateurVisites = reference -> { };

    public DossierDriver(ProcessEngine engine) {
        this(engine, ProcessKeys.ACCOMPAGNEMENT);
    }

    /** Drives another process with the same task ids (the benchmark's bare comparison process). */
    public DossierDriver(ProcessEngine engine, String processKey) {
        this.engine = engine;
        this.processKey = processKey;
    }

    public static Map<String, Object> demande() {
        Map<String, Object> values = new HashMap<>();
        values.put("prenom", "Jeanne");
        values.put("nom", "Fictive");
        values.put("email", "jeanne.fictive@exemple.invalid");
        values.put("telephone", "06 12 34 56 78");
        values.put("profession", "medecin-generaliste");
        values.put("specialite", "");
        values.put("origineDemande", "bouche-a-oreille");
        values.put("situationActuelle", "Remplaçante depuis deux ans, cherche à s'installer");
        values.put("horizon", "moyen");
        values.put("commentaire", "");
        values.put("consentement", true);
        return values;
    }

    public DossierDriver start() {
        return start(demande());
    }

    public DossierDriver start(Map<String, Object> values) {
        instance = engine.getFormService().submitStartForm(
                engine.getRepositoryService().createProcessDefinitionQuery()
                        .processDefinitionKey(processKey).latestVersion().singleResult().getId(),
                values);
        return this;
    }

    public ProcessInstance instance() {
        return instance;
    }

    public String reference() {
        return instance.getBusinessKey();
    }

    public DossierDriver proposerRendezVous() {
        return submit("UserTask_ProposerRendezVous", Map.of(
                "dateEntretien", inDays(3) + "T10:00",
                "lieuEntretien", "Locaux de la CPTS",
                "interlocuteurCls", "Chargée de mission CLS",
                "interlocuteurCpts", "Coordinateur CPTS"));
    }

    public DossierDriver menerEntretien(boolean poursuite) {
        Map<String, Object> values = new HashMap<>(Map.of(
                "motivations", "Travailler en équipe, qualité de vie",
                "calendrier", "moyen",
                "disponibilitesVisites", "Les lundis et vendredis",
                "suiteEntretien", poursuite ? "poursuite" : "arret"));
        if (!poursuite) {
            values.put("motifArret", "Projet reporté pour raisons familiales");
        }
        return submit("UserTask_MenerEntretien", values);
    }

    public DossierDriver renseignerProjetProfessionnel() {
        return submit("UserTask_RenseignerProjetProfessionnel", Map.of(
                "modeExercice", "regroupe",
                "equipePluriprofessionnelle", "oui",
                "statutExercice", "liberal",
                "besoinLocaux", "oui",
                "communesSouhaitees", "Val-de-Lisière",
                "dynamiquesRecherchees", "Maison de santé avec projet de prévention",
                "commentaireCpts", ""));
    }

    public DossierDriver renseignerEnvironnement() {
        return submit("UserTask_RenseignerEnvironnement", Map.of(
                "locauxExercice", "Cabinet accessible",
                "besoinsFamille", List.of("logement", "garde-enfants-ecoles"),
                "situationFamiliale", "En couple, deux enfants",
                "logement", "Maison à louer",
                "emploiConjoint", "Conjoint enseignant",
                "scolariteGarde", "École primaire, crèche",
                "loisirs", "Randonnée"));
    }

    /**
     * The catalogue in which {@link #croiser} finds (or creates) the sites it is given as "Nom – Commune":
     * the matching task picks catalogue sites by id, as Tasklist submits them.
     */
    public DossierDriver withCatalogue(Function<String, Long> sites) {
        this.catalogue = sites;
        return this;
    }

    /** Ticks the given sites in the matching task, or answers that none fits when given none. */
    public DossierDriver croiser(String... lieux) {
        return croiser(Arrays.stream(lieux).map(this::siteId).toList(), null, null);
    }

    /** Ticks the given sites and adds one that does not tick every box but "porte une belle dynamique". */
    public DossierDriver croiserAvecBelleDynamique(String belle, String raison, String... lieux) {
        return croiser(Arrays.stream(lieux).map(this::siteId).toList(), siteId(belle), raison);
    }

    /** The matching task as Tasklist submits it: the checklist as a Json array of ids (text). */
    public DossierDriver croiser(List<Long> ids, Long belle, String raison) {
        boolean trouves = !ids.isEmpty() || belle != null;
        Map<String, Object> values = new HashMap<>(Map.of(
                "criteresRetenus", "Exercice regroupé, équipe pluriprofessionnelle",
                "lieuxTrouves", trouves ? "oui" : "non",
                "commentaire", ""));
        if (trouves) {
            values.put("lieuxAContacter", SpinValues.jsonValue(ids.stream().map(id -> "\"" + id + "\"")
                    .collect(Collectors.joining(",", "[", "]"))).create());
        }
        if (belle != null) {
            values.put("lieuBelleDynamique", belle.toString());
            values.put("raisonBelleDynamique", raison);
        }
        return submit("UserTask_CroiserBesoinsLieux", values);
    }

    private Long siteId(String label) {
        expect(catalogue != null, "croiser(...) with site names needs withCatalogue(...)");
        return catalogue.apply(label);
    }

    /**
     * The visits are planned on the dossier page, not in the task: {@code planificateur} receives the
     * dossier's reference and plans them (the driver itself knows only the engine, see the start-up probe).
     */
    public DossierDriver planifiantLesVisitesAvec(Consumer<String> planificateur) {
        this.planificateurVisites = planificateur;
        return this;
    }

    public DossierDriver organiserVisites() {
        planificateurVisites.accept(reference());
        return submit("UserTask_OrganiserVisites", Map.of(
                "visitesPlanifiees", true,
                "commentaire", ""));
    }

    public DossierDriver revoirCriteres(boolean poursuite) {
        Map<String, Object> values = new HashMap<>(Map.of(
                "criteresRevises", "Accepte aussi l'exercice en centre de santé",
                "suite", poursuite ? "poursuite" : "arret"));
        if (!poursuite) {
            values.put("motifArret", "Ne souhaite plus chercher");
        }
        return submit("UserTask_RevoirCriteres", values);
    }

    /** Sends the e-mails prepared for the élus as they are, without the professional's name. */
    public DossierDriver informerElus() {
        return informerElus(false);
    }

    /**
     * As Tasklist does: the prepared e-mails sent as they are, the box « Envoyer » ticked; the élus
     * without an address informed by telephone.
     */
    public DossierDriver informerElus(boolean inclureNom) {
        List<Task> tasks = tasks("UserTask_InformerElus");
        expect(tasks.size() == 1, tasks.size() + " open tasks UserTask_InformerElus, expected 1");
        return submit("UserTask_InformerElus", informationElus(engine, tasks.get(0).getId(), inclureNom)).poursuivre();
    }

    /** What the élus form submits when its user changes nothing but the boxes. */
    public static Map<String, Object> informationElus(ProcessEngine engine, String taskId, boolean inclureNom) {
        Map<String, Object> values = new HashMap<>();
        if (Boolean.TRUE.equals(engine.getTaskService().getVariable(taskId, "courrielsElusPrepares"))) {
            values.put("inclureNomProfessionnel", inclureNom);
            values.put("envoyerCourrielsElus", true);
        }
        if (!Boolean.FALSE.equals(engine.getTaskService().getVariable(taskId, "informationAutreMoyen"))) {
            values.put("moyenInformation", "telephone");
            values.put("dateInformation", today());
            values.put("commentaire", "Maire joint par téléphone");
        }
        return values;
    }

    public DossierDriver rendreCompteDesVisites() {
        List<Task> visites = tasks("UserTask_RendreCompteVisite");
        expect(!visites.isEmpty(), "no visit task open");
        for (Task visite : visites) {
            complete(visite, Map.of(
                    "visiteRealisee", "oui",
                    "equipePresente", "Deux médecins, une infirmière, l'adjointe au maire",
                    "pointsForts", "Projet de santé structuré",
                    "conditionsMaterielles", "Loyer modéré, secrétariat partagé",
                    "interetProfessionnel", "fort",
                    "coordonneesEchangees", true));
        }
        return poursuivre();
    }

    /**
     * Runs what a step left to the job executor (each visit report's async continuation, which joins the
     * visits' branches), as the job executor would right away: tests run with it off.
     */
    public DossierDriver poursuivre() {
        // As the job executor: nobody signed in (a member may not run jobs).
        Authentication membre = engine.getIdentityService().getCurrentAuthentication();
        engine.getIdentityService().clearAuthentication();
        try {
            List<Job> suites;
            while (!(suites = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).messages().list()).isEmpty()) {
                for (Job suite : suites) {
                    engine.getManagementService().executeJob(suite.getId());
                }
            }
        } finally {
            if (membre != null) {
                engine.getIdentityService().setAuthentication(membre);
            }
        }
        return this;
    }

    public DossierDriver menerDebriefAChaud() {
        return submit("UserTask_MenerDebriefAChaud", Map.of(
                "ressenti", "Très positif",
                "attentes", "Voir les conditions du bail",
                "besoins", "Logement pour la rentrée",
                "dateDebriefFroid", inDays(14) + "T18:00",
                "modaliteDebriefFroid", "visio"));
    }

    public DossierDriver mettreAJourReporting() {
        return submit("UserTask_MettreAJourReporting", Map.of(
                "syntheseVisites", "Deux lieux visités, intérêt marqué pour le premier",
                "lieuxPreferes", "Maison de santé des Tilleuls"));
    }

    public DossierDriver menerDebriefAFroid(String decision) {
        Map<String, Object> values = new HashMap<>(Map.of(
                "ressentiADistance", "Le professionnel a mûri sa décision",
                "decision", decision));
        switch (decision) {
            case "installation" -> {
                values.put("lieuInstallation", "Maison de santé des Tilleuls");
                values.put("communeInstallation", "Bourg-Fictif");
                values.put("dateInstallationPrevue", inDays(90));
            }
            case "autresLieux" -> values.put("criteresRevises", "Élargir au sud du territoire");
            case "arret" -> values.put("motifArret", "Choisit un autre département");
            default -> { }
        }
        return submit("UserTask_MenerDebriefAFroid", values);
    }

    public DossierDriver realiserSuivi(int mois) {
        return submit("UserTask_RealiserSuivi" + mois + "Mois", Map.of(
                "professionnelJoint", "oui",
                "situation", "installe",
                "lieuExercice", "Maison de santé des Tilleuls",
                "commune", "Bourg-Fictif",
                "difficultes", "",
                "nouveauxBesoins", mois == 12 ? "" : "Place en crèche"));
    }

    /** Fires the single timer job waiting at the given activity, as the job executor would at its date. */
    public Job fireTimer(String activityId) {
        Job job = timer(activityId);
        engine.getManagementService().executeJob(job.getId());
        return job;
    }

    public Job timer(String activityId) {
        Job job = engine.getManagementService().createJobQuery()
                .processInstanceId(instance.getId()).activityId(activityId).timers().singleResult();
        expect(job != null, "no timer waiting at " + activityId);
        return job;
    }

    public DossierDriver submit(String taskKey, Map<String, Object> values) {
        List<Task> tasks = tasks(taskKey);
        expect(tasks.size() == 1, tasks.size() + " open tasks " + taskKey + ", expected 1");
        complete(tasks.get(0), values);
        return this;
    }

    public List<Task> tasks(String taskKey) {
        return engine.getTaskService().createTaskQuery()
                .processInstanceId(instance.getId()).taskDefinitionKey(taskKey).list();
    }

    private void complete(Task task, Map<String, Object> values) {
        engine.getFormService().submitTaskForm(task.getId(), values);
    }

    static String today() {
        return today(0).toString();
    }

    static String inDays(int days) {
        return today(days).toString();
    }

    /** Calendrier.aujourdhui() plus days, computed here: the start-up probe's bare JVM has none of our classes. */
    private static LocalDate today(int plusDays) {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.of("Europe/Paris")).plusDays(plusDays);
    }

    /**
     * Plain checks rather than AssertJ: the benchmark's start-up probe drives dossiers in a JVM
     * that has only the application's own libraries.
     */
    private static void expect(boolean condition, String failure) {
        if (!condition) {
            throw new IllegalStateException(failure);
        }
    }
}
