package fr.territoire.sante.installation.e2e;

import static fr.territoire.sante.installation.TestStaff.CPTS;
import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.IntegrationTest;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.process.DossierDriver;
import fr.territoire.sante.installation.process.SitesDeTest;
import fr.territoire.sante.installation.visits.PlanningVisites;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A CPTS member plans a visit in the browser from the dossier page's "Visites planifiées" section: a
 * refused form first (end before start), then a planned visit listed with its invitation link, then
 * cancelled, which takes a second click after a warning. axe-core checks the section each time.
 * Screenshots: {@code target/e2e-screenshots/visites/}.
 */
class VisitesJourneyIT extends IntegrationTest {

    @Autowired
    PlanningVisites planning;
    @Autowired
    ApplicationContext context;

    @Test
    void cptsPlansThenCancelsAVisitFromTheDossierPage() {
        String site = "Maison de santé " + UUID.randomUUID().toString().substring(0, 6);
        String reference = new DossierDriver(engine).withCatalogue(SitesDeTest.dans(context)).start().proposerRendezVous().menerEntretien(true)
                .renseignerProjetProfessionnel().renseignerEnvironnement().croiser(site + " – Bourg-Fictif").reference();
        // The browser's date field takes the browser's locale; the value is set as the form would send it.
        String jour = LocalDate.now(Calendrier.FUSEAU).plusDays(6).toString();

        try (Browser browser = Browser.start(baseUrl(), "visites")) {
            try {
                browser.open("/dossiers/" + reference);
                new Connexion(browser).waitUntilShown().signIn(CPTS);
                browser.open("/dossiers/" + reference + "#visites-planifiees");
                browser.visible(By.id("visites-planifiees-titre"));
                Accessibilite.verifier(browser, "fiche dossier, visites planifiées");

                new Select(browser.visible(By.id("visite-lieuProposeId"))).selectByVisibleText(site + " – Bourg-Fictif");
                valeur(browser, "visite-jour", jour);
                valeur(browser, "visite-debut", "15:00");
                valeur(browser, "visite-fin", "14:00");
                browser.type(By.id("visite-presentsCpts"), "Coordinateur CPTS");
                browser.click(By.xpath("//button[normalize-space()='Planifier la visite']"));
                browser.visible(By.id("visites-erreurs"));
                assertThat(browser.visible(By.id("visites-erreurs")).getText()).contains("« Heure de fin » : après l'heure de début.");
                assertThat(browser.visible(By.id("visite-presentsCpts")).getAttribute("value")).isEqualTo("Coordinateur CPTS");
                Accessibilite.verifier(browser, "visite refusée");
                browser.screenshot("visite-refusee");

                valeur(browser, "visite-fin", "16:30");
                browser.click(By.xpath("//button[normalize-space()='Planifier la visite']"));
                browser.waitUntil("the planned visit is listed", d -> d.getPageSource().contains("15h00 – 16h30"));
                assertThat(browser.driver().getPageSource()).contains("Visite planifiée", "Télécharger l'invitation (visite.ics)");
                Accessibilite.verifier(browser, "visite planifiée");
                browser.screenshot("visite-planifiee");
                assertThat(planning.prevues(planning.dossier(reference).getId())).hasSize(1);

                // Cancelling takes a second click, after the warning that it mails everyone at once.
                By confirmer = By.xpath("//button[normalize-space()=\"Confirmer l'annulation\"]");
                assertThat(browser.isShown(confirmer)).as("no cancellation in one click").isFalse();
                browser.click(By.xpath("//summary[normalize-space()='Annuler la visite']"));
                assertThat(browser.visible(By.cssSelector("details.annulation[open]")).getText())
                        .contains("part aussitôt par e-mail", "ne peut pas être défaite");
                Accessibilite.verifier(browser, "annulation à confirmer");
                browser.screenshot("annulation-a-confirmer");
                browser.click(confirmer);
                browser.waitUntil("the visit is cancelled", d -> d.getPageSource().contains("Visite annulée"));
                assertThat(browser.visible(By.id("visites-planifiees")).getText()).contains("Annulée");
                browser.screenshot("visite-annulee");
            } catch (RuntimeException | AssertionError e) {
                browser.dumpForDiagnosis("visites");
                throw e;
            }
        }
        assertThat(planning.prevues(planning.dossier(reference).getId())).isEmpty();
    }

    private static void valeur(Browser browser, String id, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }
}
