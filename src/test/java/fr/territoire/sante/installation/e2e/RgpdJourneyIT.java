package fr.territoire.sante.installation.e2e;

import static fr.territoire.sante.installation.TestStaff.RGPD;
import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.IntegrationTest;
import fr.territoire.sante.installation.process.DossierDriver;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The CLS's data-protection referent (a CLS member in group rgpd) opens a dossier, sees its information
 * and consent and the access export's downloads, reads the notice's version, then finds that reading in
 * the access log, filtered by the dossier. axe-core finds nothing serious on the three pages.
 * Screenshots: {@code target/e2e-screenshots/rgpd/}.
 */
class RgpdJourneyIT extends IntegrationTest {

    @Test
    void theReferentSeesTheConsentAndFindsTheirReadingInTheLog() {
        String reference = new DossierDriver(engine).start().proposerRendezVous().reference();
        try (Browser browser = Browser.start(baseUrl(), "rgpd")) {
            try {
                browser.open("/dossiers/" + reference);
                new Connexion(browser).waitUntilShown().signIn(RGPD);
                browser.waitUntil("the dossier page", d -> browser.currentPath().equals("/dossiers/" + reference));
                assertThat(browser.visible(By.id("titre-rgpd")).getText()).startsWith("Données personnelles");
                assertThat(browser.driver().findElements(By.partialLinkText("Télécharger ses données (PDF)"))).isNotEmpty();
                assertThat(browser.driver().findElements(By.partialLinkText("Télécharger ses données (JSON)"))).isNotEmpty();
                Accessibilite.verifier(browser, "fiche dossier avec sa section RGPD");
                browser.screenshot("fiche-rgpd");

                browser.click(By.linkText("Version 2026-12"));
                browser.waitUntil("the notice", d -> browser.currentPath().equals("/rgpd/information/2026-12"));
                assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("Notice d'information sur vos données personnelles");
                Accessibilite.verifier(browser, "notice d'information");
                browser.screenshot("notice-information");

                browser.open("/rgpd/consultations");
                browser.visible(By.id("reference")).sendKeys(reference);
                browser.click(By.cssSelector("form.filtres button[type='submit']"));
                browser.waitUntil("the log filtered by the dossier",
                        d -> browser.driver().getCurrentUrl().contains("reference=" + reference));
                String journal = browser.visible(By.tagName("table")).getText();
                assertThat(journal).contains(RGPD, "Fiche du dossier (page)", reference);
                Accessibilite.verifier(browser, "journal des consultations");
                browser.screenshot("journal-des-consultations");
            } catch (RuntimeException | Error failure) {
                browser.dumpForDiagnosis("echec-rgpd");
                throw failure;
            }
        }
    }
}
