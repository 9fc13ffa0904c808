package fr.territoire.sante.installation.e2e;

import fr.territoire.sante.installation.process.DossierDriver;
import fr.territoire.sante.installation.visits.PlanningVisites;
import fr.territoire.sante.installation.process.VisitesDeTest;
import static fr.territoire.sante.installation.TestStaff.CLS;
import static fr.territoire.sante.installation.TestStaff.CPTS;
import static fr.territoire.sante.installation.TestStaff.PILOTAGE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.IntegrationTest;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.process.ProcessKeys;
import fr.territoire.sante.installation.process.SitesDeTest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A dossier taken through the real web applications in a headless Chromium, the way staff do it: a CLS
 * member starts it from Tasklist's start form and works the CLS tasks, a CPTS member the CPTS ones, and a
 * manager (pilotage) finds it in Cockpit and can complete nothing. Everyone signs in on the application's
 * one login page and signs out from the webapps' menu. After each step the engine says where
 * the dossier stands. Screenshots: {@code target/e2e-screenshots/tasklist/}.
 */
class TasklistJourneyIT extends IntegrationTest {

    private static final String PROCESS = "Accompagnement au choix d'installation";
    private static final String PROPOSER_RDV = "Proposer le rendez-vous d'entretien";
    private static final String MENER_ENTRETIEN = "Mener l'entretien";
    private static final String PROJET = "Renseigner le projet professionnel";
    private static final String ENVIRONNEMENT = "Renseigner l'environnement professionnel et familial";
    private static final String CROISER = "Croiser les besoins avec les lieux d'exercice";
    private static final String ORGANISER = "Contacter les lieux et organiser les visites";
    private static final String INFORMER_ELUS = "Informer les élus des communes concernées";
    private static final String LIEU_1 = "Maison de santé des Tilleuls – Bourg-Fictif";
    private static final String LIEU_2 = "Centre de santé des Platanes – Val-Imaginaire";

    /** Unique per run: the shared test database keeps the dossiers of earlier runs. */
    private final String nom = "Essai-" + Long.toString(System.currentTimeMillis(), 36);

    @Autowired
    ApplicationContext context;
    @Autowired
    PlanningVisites planningVisites;

    private Browser browser;
    private Tasklist tasklist;
    private ProcessInstance dossier;

    @Test
    void aDossierGoesFromTheRequestToTheVisitsThroughTasklistAndCockpit() {
        try (Browser started = Browser.start(baseUrl(), "tasklist")) {
            browser = started;
            tasklist = new Tasklist(browser);
            try {
                clsStartsADossierAfterTheFormRefusedAMissingName();
                clsProposesTheInterview();
                clsMovesTheAppointment();
                theInterviewIsHeldAndClsDoesNotSeeTheCptsTask();
                cptsDescribesTheProfessionalProject();
                clsDescribesTheEnvironmentAndCptsMatchesAndOrganisesTheVisits();
                pilotageFindsTheDossierInCockpitAndCanCompleteNothing();
                clsSignsOutFromTasklistAndIsSignedOutOfEverything();
            } catch (RuntimeException | Error failure) {
                browser.dumpForDiagnosis("echec");
                throw failure;
            }
        }
    }

    /** 1. cls1 logs in, opens the request form, is stopped by the empty « Nom », then starts the dossier. */
    private void clsStartsADossierAfterTheFormRefusedAMissingName() {
        tasklist.login(CLS);
        assertNoEndOfLifeBanner();
        assertThat(tasklist.filterNames()).contains("Mes tâches", "Tâches CLS", "En retard").doesNotContain("Tâches CPTS");
        browser.screenshot("tasklist-cls1-connecte");

        long dossiersBefore = dossierCount();
        CamundaForm demande = tasklist.startProcess(PROCESS);
        browser.screenshot("formulaire-demande-vide");
        demande.type("Prénom", "Jeanne")
                .type("Adresse e-mail", "jeanne.essai@exemple.invalid")
                .type("Téléphone", "06 12 34 56 78")
                .select("Profession", "Médecin généraliste")
                .select("Origine de la demande", "Bouche à oreille")
                .type("Situation actuelle", "Remplaçante depuis deux ans, cherche à s'installer")
                .choose("Horizon d'installation envisagé", "Moyen terme (6 à 18 mois)")
                .type("Commentaire", "Demande saisie dans le test de bout en bout")
                .check("Le professionnel a reçu la notice d'information et consent au traitement de ses données pour son accompagnement");
        browser.screenshot("formulaire-demande-sans-nom");
        tasklist.clickStart();

        String error = demande.errorUnder("Nom");
        browser.scrollIntoView(demande.input("Nom"));
        browser.screenshot("nom-manquant-refuse");
        assertThat(error).as("form-js error under the empty required field, in French").isEqualTo("Ce champ est obligatoire.");
        assertThat(demande.invalidFields()).containsExactly("Nom");
        assertThat(tasklist.startDialogOpen()).as("the start dialog stays open").isTrue();
        assertThat(dossierCount()).as("no dossier started").isEqualTo(dossiersBefore);

        demande.type("Nom", nom);
        browser.screenshot("formulaire-demande-complet");
        tasklist.clickStart();
        tasklist.waitForStartDialogToClose();
        dossier = browser.waitUntil("the dossier is started", d -> engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.ACCOMPAGNEMENT)
                .variableValueEquals("professionnel", "Jeanne " + nom + " (Médecin généraliste)")
                .singleResult());
        browser.screenshot("dossier-demarre");
        assertThat(dossier.getBusinessKey()).startsWith("PS-");
        assertThat(dossierCount()).isEqualTo(dossiersBefore + 1);
        assertOpenTasks("UserTask_ProposerRendezVous");
    }

    /** 2. cls1, filter « Tâches CLS »: claims the appointment task and proposes a date in the future. */
    private void clsProposesTheInterview() {
        Task rdv = task("UserTask_ProposerRendezVous");
        tasklist.openFilter("Tâches CLS").searchDossier(dossier.getBusinessKey());
        assertThat(tasklist.taskCardName(rdv.getId())).isEqualTo(PROPOSER_RDV);
        browser.screenshot("filtre-taches-cls");

        tasklist.openTask(rdv.getId(), PROPOSER_RDV);
        browser.screenshot("tache-rendez-vous-ouverte");
        LocalDate jourEntretien = Calendrier.aujourdhui().plusDays(3);
        CamundaForm form = tasklist.claimIfNeeded();
        assertThat(form.datePickerNames("Date de l'entretien")).as("the date picker speaks French")
                .contains("lun.", "dim.")
                .isSubsetOf("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                        "octobre", "novembre", "décembre", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.");
        form.date("Date de l'entretien", jourEntretien)
                .time("Heure de l'entretien", "10:00")
                .type("Interlocuteur du CLS", "Chargée de mission CLS")
                .type("Interlocuteur de la CPTS", "Coordinateur CPTS");
        assertThat(form.input("Lieu de l'entretien").getAttribute("value")).isEqualTo("Locaux de la CPTS");
        browser.screenshot("rendez-vous-rempli");
        tasklist.complete();

        waitUntilCompleted(rdv);
        assertThat(completedBy(rdv)).isEqualTo(CLS);
        assertOpenTasks("UserTask_MenerEntretien");
        assertThat(engine.getRuntimeService().getVariable(dossier.getId(), "dateEntretien"))
                .as("10:00 typed in the form is 10:00 in the territory")
                .isEqualTo(Date.from(Calendrier.le(jourEntretien, LocalTime.of(10, 0))));
    }

    /** 2b. cls1 moves the appointment with « Déplacer le rendez-vous d'entretien »; the interview task follows. */
    private void clsMovesTheAppointment() {
        Task entretien = task("UserTask_MenerEntretien");
        LocalDate nouveauJour = Calendrier.aujourdhui().plusDays(4);
        CamundaForm move = tasklist.startProcess("Déplacer le rendez-vous d'entretien");
        move.type("Référence du dossier", dossier.getBusinessKey())
                .date("Nouvelle date de l'entretien", nouveauJour)
                .time("Nouvelle heure de l'entretien", "14:30")
                .type("Raison du déplacement", "Le professionnel est retenu par un remplacement");
        browser.screenshot("deplacement-rendez-vous-rempli");
        tasklist.clickStart();
        tasklist.waitForStartDialogToClose();

        Date expected = Date.from(Calendrier.le(nouveauJour, LocalTime.of(14, 30)));
        browser.waitUntil("the interview task falls due at the new date",
                d -> expected.equals(engine.getTaskService().createTaskQuery().taskId(entretien.getId()).singleResult().getDueDate()));
        assertThat(engine.getRuntimeService().getVariable(dossier.getId(), "dateEntretien")).isEqualTo(expected);
    }

    /** 3. The joint interview (offered to CLS and CPTS), held by cls1; then cls1 sees its part, not the CPTS part. */
    private void theInterviewIsHeldAndClsDoesNotSeeTheCptsTask() {
        Task entretien = task("UserTask_MenerEntretien");
        assertThat(tasklist.taskCardName(entretien.getId())).isEqualTo(MENER_ENTRETIEN);
        CamundaForm form = tasklist.openTask(entretien.getId(), MENER_ENTRETIEN);
        form = tasklist.claimIfNeeded()
                .type("Motivations du professionnel", "Travailler en équipe, qualité de vie")
                .choose("Calendrier d'installation", "Moyen terme")
                .type("Disponibilités pour visiter les lieux d'exercice", "Les lundis et vendredis")
                .choose("Suite de l'entretien", "Le professionnel arrête la démarche");
        browser.visible(label("Motif de l'arrêt"));
        form.choose("Suite de l'entretien", "Le professionnel poursuit la démarche");
        browser.waitUntil("« Motif de l'arrêt » hidden again", d -> !browser.isShown(label("Motif de l'arrêt")));
        browser.screenshot("entretien-rempli");
        tasklist.complete();

        waitUntilCompleted(entretien);
        assertOpenTasks("UserTask_RenseignerEnvironnement", "UserTask_RenseignerProjetProfessionnel");

        Task environnement = task("UserTask_RenseignerEnvironnement");
        Task projet = task("UserTask_RenseignerProjetProfessionnel");
        assertThat(tasklist.taskCardName(environnement.getId())).isEqualTo(ENVIRONNEMENT);
        assertThat(tasklist.lists(projet.getId())).as("cls1 is not offered the CPTS task").isFalse();
        browser.waitUntil("the dossier's CLS tasks listed", d -> tasklist.listedTaskNames().equals(List.of(ENVIRONNEMENT)));
        assertThat(tasklist.filterNames()).doesNotContain("Tâches CPTS");
        browser.screenshot("cls1-voit-sa-tache-pas-celle-de-la-cpts");
    }

    /** 4. cpts1: the CPTS part of the interview. */
    private void cptsDescribesTheProfessionalProject() {
        tasklist.logout().login(CPTS);
        assertThat(tasklist.filterNames()).contains("Mes tâches", "Tâches CPTS", "En retard").doesNotContain("Tâches CLS");
        tasklist.openFilter("Tâches CPTS").searchDossier(dossier.getBusinessKey());
        Task projet = task("UserTask_RenseignerProjetProfessionnel");
        assertThat(tasklist.taskCardName(projet.getId())).isEqualTo(PROJET);
        assertThat(tasklist.lists(task("UserTask_RenseignerEnvironnement").getId())).as("nor cpts1 the CLS one").isFalse();
        browser.screenshot("filtre-taches-cpts");

        tasklist.openTask(projet.getId(), PROJET);
        tasklist.claimIfNeeded()
                .choose("Mode d'exercice souhaité", "Exercice regroupé")
                .choose("Souhaite travailler au sein d'une équipe pluriprofessionnelle", "Oui")
                .choose("Statut d'exercice envisagé", "Installation libérale")
                .choose("Le professionnel cherche-t-il des locaux ?", "Oui")
                .type("Dynamiques recherchées (projet de santé, MSP, CPTS…)", "Maison de santé avec projet de prévention");
        browser.screenshot("projet-professionnel-rempli");
        tasklist.complete();

        waitUntilCompleted(projet);
        assertThat(completedBy(projet)).isEqualTo(CPTS);
        assertOpenTasks("UserTask_RenseignerEnvironnement");
    }

    /** 5. cls1: the CLS part; cpts1: the matching (two sites) and the organisation of the visits. */
    private void clsDescribesTheEnvironmentAndCptsMatchesAndOrganisesTheVisits() {
        // The matching task offers the catalogue's sites: these two are in it (found, or created once).
        List.of(LIEU_1, LIEU_2).forEach(SitesDeTest.dans(context)::apply);
        tasklist.logout().login(CLS).openFilter("Tâches CLS").searchDossier(dossier.getBusinessKey());
        Task environnement = task("UserTask_RenseignerEnvironnement");
        tasklist.openTask(environnement.getId(), ENVIRONNEMENT);
        tasklist.claimIfNeeded()
                .type("Locaux d'exercice souhaités", "Cabinet accessible de plain-pied")
                .type("Famille", "En couple, deux enfants")
                .type("Logement", "Maison à louer")
                .type("Emploi du conjoint", "Conjoint enseignant")
                .type("Scolarité, accueil collectif de mineurs, mode de garde", "École primaire, crèche")
                .type("Loisirs", "Randonnée");
        browser.screenshot("environnement-rempli");
        tasklist.complete();
        waitUntilCompleted(environnement);
        assertThat(completedBy(environnement)).isEqualTo(CLS);
        assertOpenTasks("UserTask_CroiserBesoinsLieux");

        tasklist.logout().login(CPTS).openFilter("Tâches CPTS").searchDossier(dossier.getBusinessKey());
        Task croisement = task("UserTask_CroiserBesoinsLieux");
        tasklist.openTask(croisement.getId(), CROISER);
        CamundaForm form = tasklist.claimIfNeeded()
                .type("Remarques sur les critères (facultatif)", "Exercice regroupé, équipe pluriprofessionnelle")
                .choose("Résultat du croisement", "Des lieux d'exercice sont retenus");
        browser.visible(label("Lieux à contacter"));
        form.tick("Lieux à contacter", LIEU_1 + " (").tick("Lieux à contacter", LIEU_2 + " (");
        assertThat(browser.visible(By.cssSelector(".fjs-form-field-select input.fjs-input")).getAttribute("placeholder"))
                .as("the searchable drop-down's search box, in French").isEqualTo("Rechercher…");
        browser.screenshot("croisement-rempli");
        tasklist.complete();
        waitUntilCompleted(croisement);
        assertOpenTasks("UserTask_OrganiserVisites");

        Task organisation = task("UserTask_OrganiserVisites");
        assertThat(tasklist.taskCardName(organisation.getId())).isEqualTo(ORGANISER);
        tasklist.openTask(organisation.getId(), ORGANISER);
        // The visits are planned on the dossier page (VisitesJourneyIT clicks through it); here, by its service.
        VisitesDeTest.unParLieu(planningVisites).accept(dossier.getBusinessKey());
        tasklist.claimIfNeeded()
                .check("Les lieux ont été contactés et les visites sont planifiées");
        browser.screenshot("organisation-visites-remplie");
        tasklist.complete();
        waitUntilCompleted(organisation);
        assertThat(completedBy(organisation)).isEqualTo(CPTS);
        assertOpenTasks("UserTask_InformerElus", "UserTask_RendreCompteVisite", "UserTask_RendreCompteVisite");
        String jour = " (" + Calendrier.aujourdhui().plusDays(VisitesDeTest.DANS_JOURS).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ")";
        assertThat(openTaskNames()).containsExactlyInAnyOrder(INFORMER_ELUS,
                "Rendre compte de la visite – " + LIEU_1 + jour, "Rendre compte de la visite – " + LIEU_2 + jour);
        tasklist.logout();
    }

    /**
     * 6. pilotage1 sees the dossier waiting at the visits in Cockpit; signed in once, they open Tasklist
     * too, which refuses them the app; completing is refused over the REST API.
     */
    private void pilotageFindsTheDossierInCockpitAndCanCompleteNothing() {
        Cockpit cockpit = new Cockpit(browser).login(PILOTAGE);
        assertNoEndOfLifeBanner();
        browser.screenshot("cockpit-pilotage1-tableau-de-bord");
        cockpit.openProcess(PROCESS).openInstanceByBusinessKey(dossier.getBusinessKey());
        assertThat(browser.driver().getCurrentUrl()).contains(dossier.getId());
        List<String> shown = cockpit.openTaskNames(3);
        browser.screenshot("cockpit-dossier-en-attente-des-visites");
        // Cockpit's « Activité » column names the diagram's activity (one per visited site), not the task.
        assertThat(shown).containsExactlyInAnyOrder(INFORMER_ELUS, "Rendre compte de la visite", "Rendre compte de la visite");

        // One login for all webapps: no second login form; Tasklist itself refuses the app (403, our French page).
        browser.open(Tasklist.PATH);
        String refusal = browser.visible(By.tagName("h1")).getText();
        browser.screenshot("tasklist-refuse-a-pilotage1");
        assertThat(refusal).isEqualTo("Accès refusé");
        assertThat(browser.currentPath()).isEqualTo(Tasklist.PATH);
        assertThat(browser.isShown(Tasklist.USER_MENU)).isFalse();

        browser.open(Cockpit.PATH);
        browser.visible(Tasklist.USER_MENU);
        cockpit.logout();
        browser.screenshot("cockpit-deconnexion-page-de-connexion");

        Task visite = engine.getTaskService().createTaskQuery().processInstanceId(dossier.getId())
                .taskDefinitionKey("UserTask_RendreCompteVisite").listPage(0, 1).get(0);
        assertThat(rest(PILOTAGE, "POST", "/task/" + visite.getId() + "/claim", "{\"userId\":\"" + PILOTAGE + "\"}").statusCode())
                .isEqualTo(403);
        assertThat(rest(PILOTAGE, "POST", "/task/" + visite.getId() + "/submit-form", "{\"variables\":{}}").statusCode())
                .isEqualTo(403);
        assertThat(rest(PILOTAGE, "POST", "/task/" + visite.getId() + "/complete", "{}").statusCode()).isEqualTo(403);
        assertOpenTasks("UserTask_InformerElus", "UserTask_RendreCompteVisite", "UserTask_RendreCompteVisite");
    }

    /**
     * 7. One login, one logout: cls1 signs in again, leaves through Tasklist's user menu, lands on the
     * application's login page, and is signed out of our pages too.
     */
    private void clsSignsOutFromTasklistAndIsSignedOutOfEverything() {
        tasklist.login(CLS);
        browser.click(Tasklist.USER_MENU);
        browser.visible(Tasklist.LOGOUT);
        browser.screenshot("tasklist-menu-se-deconnecter");
        browser.click(Tasklist.LOGOUT);
        new Connexion(browser).waitUntilShown();
        browser.screenshot("tasklist-deconnecte-page-de-connexion");
        assertThat(browser.currentPath()).isEqualTo(Connexion.PATH);
        assertThat(browser.isShown(Tasklist.USER_MENU)).isFalse();

        browser.open("/");
        new Connexion(browser).waitUntilShown();
        browser.screenshot("accueil-demande-la-connexion");
        assertThat(browser.driver().getTitle()).startsWith("Connexion");
        assertThat(browser.isShown(Connexion.MOT_DE_PASSE)).isTrue();
    }

    private void assertNoEndOfLifeBanner() {
        assertThat(browser.isShown(Tasklist.EOL_BANNER)).as("Community Edition end-of-life banner shown to staff").isFalse();
    }

    private static By label(String text) {
        return By.xpath("//label[normalize-space(text()[1])=" + Browser.xpathLiteral(text) + "]");
    }

    private long dossierCount() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ProcessKeys.ACCOMPAGNEMENT).count();
    }

    private Task task(String key) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(dossier.getId())
                .taskDefinitionKey(key).singleResult();
        assertThat(task).as("open task " + key).isNotNull();
        return task;
    }

    private void waitUntilCompleted(Task task) {
        browser.waitUntil("« " + task.getName() + " » completed",
                d -> engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 0);
    }

    private String completedBy(Task task) {
        return engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult().getAssignee();
    }

    private void assertOpenTasks(String... keys) {
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(dossier.getId()).list())
                .extracting(Task::getTaskDefinitionKey)
                .containsExactlyInAnyOrder(keys);
    }

    private List<String> openTaskNames() {
        return engine.getTaskService().createTaskQuery().processInstanceId(dossier.getId()).list().stream()
                .map(Task::getName).toList();
    }
}
