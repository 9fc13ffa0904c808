package fr.territoire.sante.installation.e2e;

import fr.territoire.sante.installation.notification.CourrielSortant;
import fr.territoire.sante.installation.notification.Courriels;
import static fr.territoire.sante.installation.TestStaff.CLS;
import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.IntegrationTest;
import fr.territoire.sante.installation.catalogue.EluAInformer;
import fr.territoire.sante.installation.catalogue.LieuExercice;
import fr.territoire.sante.installation.catalogue.LieuExerciceRepository;
import fr.territoire.sante.installation.catalogue.TypeLieu;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.process.DossierDriver;
import fr.territoire.sante.installation.process.SitesDeTest;
import fr.territoire.sante.installation.visits.VisitePlanifieeRepository;
import fr.territoire.sante.installation.visits.VisitesDeTest;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The élus task in the real Tasklist: a CLS member opens it and finds one e-mail per commune already
 * written (shown from the task's JSON variable), adds a message, ticks « Envoyer » and completes the
 * task: one e-mail per commune is queued. Screenshots:
 * {@code target/e2e-screenshots/elus/}.
 */
class InformationElusJourneyIT extends IntegrationTest {

    private static final String INFORMER_ELUS = "Informer les élus des communes concernées";

    @Autowired
    LieuExerciceRepository catalogue;
    @Autowired
    VisitePlanifieeRepository visites;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Courriels outbox;
    @Autowired
    org.springframework.context.ApplicationContext context;

    /** Unique per run: the shared test database keeps the sites and dossiers of earlier runs. */
    private final String suffixe = Long.toString(System.currentTimeMillis(), 36);

    @Test
    void theClsReadsTheDraftsAddsAWordAndSendsThem() {
        LieuExercice tilleuls = lieu("Maison de santé des Tilleuls", "Bourg-Fictif",
                new EluAInformer("Anne Maire", "Maire", "maire@bourg-fictif.invalid"));
        LieuExercice platanes = lieu("Centre de santé des Platanes", "Val-Imaginaire",
                new EluAInformer("Marc Maire", "Maire", "maire@val-imaginaire.invalid"));
        DossierDriver dossier = new DossierDriver(engine).withCatalogue(SitesDeTest.dans(context)).start().proposerRendezVous().menerEntretien(true)
                .renseignerProjetProfessionnel().renseignerEnvironnement()
                .croiser(tilleuls.getNom() + " – Bourg-Fictif", platanes.getNom() + " – Val-Imaginaire");
        Long dossierId = (Long) engine.getRuntimeService().getVariable(dossier.instance().getId(), "dossierId");
        LocalDate jour = Calendrier.aujourdhui().plusDays(5);
        VisitesDeTest.planifier(jdbc, visites, dossierId, tilleuls, jour, 9, "Amélie", null);
        VisitesDeTest.planifier(jdbc, visites, dossierId, platanes, jour, 14, null, "Dr Durand");
        dossier.organiserVisites();
        Task task = dossier.tasks("UserTask_InformerElus").get(0);

        try (Browser browser = Browser.start(baseUrl(), "elus")) {
            try {
                Tasklist tasklist = new Tasklist(browser).login(CLS);
                tasklist.openFilter("Tâches CLS").searchDossier(dossier.reference());
                tasklist.openTask(task.getId(), INFORMER_ELUS);
                CamundaForm form = tasklist.claim();
                WebElement courriels = browser.visible(By.xpath("//section[contains(@class,'task-details')]"
                        + "//*[contains(normalize-space(.), 'Courriels préparés, un par commune')]"));
                browser.waitUntil("the two drafts shown", d -> texte(browser).contains("Val-Imaginaire"));
                assertThat(texte(browser)).contains("Commune : Bourg-Fictif", "Anne Maire (Maire) maire@bourg-fictif.invalid",
                        "Commune : Val-Imaginaire", "Marc Maire (Maire) maire@val-imaginaire.invalid",
                        "Objet : Visite d'un lieu d'exercice à Val-Imaginaire",
                        "un(e) médecin généraliste envisageant de s'installer");
                String brouillons = texte(browser).substring(texte(browser).indexOf("Courriels préparés, un par commune"),
                        texte(browser).indexOf("Message complémentaire"));
                assertThat(brouillons).as("the drafts, unlike the task's header, do not name the professional")
                        .doesNotContain("Jeanne", "Fictive");
                assertThat(courriels.isDisplayed()).isTrue();
                browser.screenshot("courriels-prepares");

                form.type("Message complémentaire (facultatif)", "Vous êtes conviés à la visite de votre commune.");
                form.check("Envoyer ces courriels aux élus");
                browser.screenshot("message-ajoute-envoi-coche");
                tasklist.complete();
                browser.waitUntil("the élus task completed", d -> engine.getTaskService().createTaskQuery()
                        .processInstanceId(dossier.instance().getId()).taskDefinitionKey("UserTask_InformerElus").count() == 0);
                List<CourrielSortant> envoyes = outbox.parCle("elus-" + dossierId + "-");
                assertThat(envoyes).hasSize(2);
                assertThat(envoyes).extracting(CourrielSortant::getObjet)
                        .anySatisfy(objet -> assertThat(objet).startsWith("Visite d'un lieu d'exercice à Bourg-Fictif"));
            } catch (RuntimeException | Error failure) {
                browser.dumpForDiagnosis("echec");
                throw failure;
            }
        }
    }

    private LieuExercice lieu(String nom, String commune, EluAInformer... elus) {
        LieuExercice lieu = new LieuExercice(nom + " " + suffixe, commune, Calendrier.maintenant());
        lieu.setType(TypeLieu.MSP);
        lieu.setElus(List.of(elus));
        return catalogue.save(lieu);
    }

    /** What the task form shows, as a reader sees it. */
    private static String texte(Browser browser) {
        return browser.visible(By.cssSelector("section.task-details")).getText();
    }
}
