package fr.territoire.sante.installation.e2e;

import static fr.territoire.sante.installation.TestStaff.CLS;
import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.IntegrationTest;
import fr.territoire.sante.installation.communication.DestinatairesRapport;
import fr.territoire.sante.installation.communication.SaisieDestinataire;
import fr.territoire.sante.installation.notification.Courriels;
import fr.territoire.sante.installation.reports.Audience;
import fr.territoire.sante.installation.reports.RapportPeriodique;
import fr.territoire.sante.installation.reports.RapportsPeriodiques;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Stage F in the real Tasklist: the élus' quarterly timer fires, a CLS member opens « Relire et envoyer
 * le rapport », finds the links to the PDF and XLSX and the comment field, adds a word, ticks « Envoyer »
 * and completes: one e-mail per active recipient is queued. Then the recipients page, checked by axe-core.
 * Screenshots: {@code target/e2e-screenshots/rapport-periodique/}.
 */
class RapportPeriodiqueJourneyIT extends IntegrationTest {

    @Autowired
    DestinatairesRapport destinataires;
    @Autowired
    RapportsPeriodiques rapports;
    @Autowired
    Courriels outbox;

    /** Unique per run: the shared test database keeps the recipients of earlier runs. */
    private final String suffixe = Long.toString(System.currentTimeMillis(), 36);

    @Test
    void theClsOpensTheElusQuarterlyReportAddsAWordAndSendsIt() {
        destinataires.ajouter(new SaisieDestinataire(Audience.ELUS_REFERENTS.name(), "Mme Adèle Fictif " + suffixe,
                "Élue référente santé", "adele-" + suffixe + "@exemple.invalid"), CLS);
        List<String> avant = instances();
        Job minuterie = engine.getManagementService().createJobQuery().activityId("StartEvent_ElusReferents").timers().singleResult();
        engine.getManagementService().executeJob(minuterie.getId());
        List<String> nouvelles = new ArrayList<>(instances());
        nouvelles.removeAll(avant);
        assertThat(nouvelles).hasSize(1);
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(nouvelles.get(0)).singleResult();
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        long rapportId = Long.parseLong(instance.getBusinessKey().substring("rapport-".length()));
        RapportPeriodique rapport = rapports.trouver(rapportId).orElseThrow();
        assertThat(rapport.getAudience()).isEqualTo(Audience.ELUS_REFERENTS);

        try (Browser browser = Browser.start(baseUrl(), "rapport-periodique")) {
            try {
                Tasklist tasklist = new Tasklist(browser).login(CLS);
                tasklist.openFilter("Tâches CLS").searchDossier(instance.getBusinessKey());
                assertThat(tasklist.taskCardName(task.getId())).startsWith("Relire et envoyer le rapport – Élus référents santé – ");
                tasklist.openTask(task.getId(), task.getName());
                CamundaForm form = tasklist.claim();
                browser.waitUntil("the report's title", d -> texte(browser).contains("Élus référents santé"));
                WebElement pdf = browser.visible(By.partialLinkText("Télécharger le rapport (PDF)"));
                assertThat(pdf.getAttribute("href")).endsWith("/rapports/" + rapportId + ".pdf");
                assertThat(browser.visible(By.partialLinkText("Télécharger les chiffres (XLSX)")).getAttribute("href"))
                        .endsWith("/rapports/" + rapportId + ".xlsx");
                assertThat(texte(browser)).contains("Commentaire (facultatif)", "Envoyer le rapport aux destinataires");
                browser.screenshot("tache-rapport-elus");

                form.type("Commentaire (facultatif)", "Trois installations ce trimestre, dont deux en zone fragile.");
                form.check("Envoyer le rapport aux destinataires");
                browser.screenshot("commentaire-ajoute-envoi-coche");
                tasklist.complete();
                browser.waitUntil("the report task completed", d -> engine.getTaskService().createTaskQuery()
                        .processInstanceId(instance.getId()).count() == 0);
                assertThat(outbox.parCle("rapport-" + rapportId + "-")).isNotEmpty()
                        .anySatisfy(courriel -> assertThat(courriel.getObjet()).contains("Élus référents santé"));
                RapportPeriodique envoye = rapports.trouver(rapportId).orElseThrow();
                assertThat(envoye.getEnvoyePar()).isEqualTo(CLS);
                assertThat(envoye.getCommentaire()).startsWith("Trois installations");

                browser.open("/rapports/destinataires");
                browser.waitUntil("the recipients page", d -> browser.visible(By.tagName("h1")).getText()
                        .equals("Destinataires des rapports périodiques"));
                assertThat(browser.visible(By.id("contenu")).getText()).contains("Mme Adèle Fictif " + suffixe);
                Accessibilite.verifier(browser, "destinataires des rapports");
                browser.screenshot("destinataires");
            } catch (RuntimeException | Error failure) {
                browser.dumpForDiagnosis("echec");
                throw failure;
            }
        }
    }

    private List<String> instances() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("communication-periodique").list()
                .stream().map(ProcessInstance::getId).toList();
    }

    /** What the task form shows, as a reader sees it. */
    private static String texte(Browser browser) {
        return browser.visible(By.cssSelector("section.task-details")).getText();
    }
}
