package fr.territoire.sante.installation.e2e;

import static fr.territoire.sante.installation.TestStaff.CLS;
import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.IntegrationTest;
import fr.territoire.sante.installation.process.DossierDriver;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The CLS produces a report for a period from the "Rapports" page and finds it listed with its PDF and
 * XLSX links; axe-core finds nothing serious. Screenshots: {@code target/e2e-screenshots/rapports/}.
 */
class RapportsJourneyIT extends IntegrationTest {

    @Test
    void theClsProducesAReportAndFindsItsDownloads() {
        new DossierDriver(engine).start().proposerRendezVous().menerEntretien(true);
        try (Browser browser = Browser.start(baseUrl(), "rapports")) {
            try {
                browser.open("/rapports");
                new Connexion(browser).waitUntilShown().signIn(CLS);
                browser.waitUntil("the reports page", d -> browser.currentPath().equals("/rapports"));
                assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("Rapports périodiques");
                Accessibilite.verifier(browser, "rapports");

                new Select(browser.visible(By.id("audience"))).selectByValue("COPIL_CLS");
                browser.click(By.cssSelector("form.filtres button[type='submit']"));
                browser.waitUntil("the report listed", d -> !d.findElements(By.cssSelector("[role='status']")).isEmpty());
                assertThat(browser.visible(By.cssSelector("tbody tr th")).getText()).isEqualTo("Comité de pilotage du CLS");
                assertThat(browser.driver().findElements(By.linkText("PDF"))).isNotEmpty();
                assertThat(browser.driver().findElements(By.linkText("XLSX"))).isNotEmpty();
                Accessibilite.verifier(browser, "rapports avec un rapport produit");
                browser.screenshot("rapports-cls");
            } catch (RuntimeException | Error failure) {
                browser.dumpForDiagnosis("echec-rapports");
                throw failure;
            }
        }
    }
}
