package fr.territoire.sante.installation.e2e;

import static fr.territoire.sante.installation.TestStaff.RGPD;
import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.IntegrationTest;
import fr.territoire.sante.installation.dossier.DossierRepository;
import fr.territoire.sante.installation.process.DossierDriver;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The data-protection referent erases a professional from the dossier page in the browser: the link in
 * the dossier page, the confirmation page, a refused confirmation (wrong reference), then the erasure's
 * record. axe-core checks each page. Screenshots: {@code target/e2e-screenshots/effacement/}.
 */
class EffacementJourneyIT extends IntegrationTest {

    @Autowired
    DossierRepository dossiers;

    @Test
    void referentErasesAProfessionalFromTheDossierPage() {
        String reference = new DossierDriver(engine).start().proposerRendezVous().reference();

        try (Browser browser = Browser.start(baseUrl(), "effacement")) {
            try {
                browser.open("/dossiers/" + reference);
                new Connexion(browser).waitUntilShown().signIn(RGPD);
                browser.open("/dossiers/" + reference);
                browser.visible(By.id("titre-effacement"));
                Accessibilite.verifier(browser, "fiche dossier, droit à l'effacement");

                browser.click(By.linkText("effacer les données personnelles de ce dossier"));
                browser.visible(By.id("reference"));
                Accessibilite.verifier(browser, "confirmation de l'effacement");
                browser.screenshot("confirmation");

                browser.type(By.id("reference"), "PS-1999-0001");
                browser.click(By.id("motif-0"));
                browser.click(By.xpath("//button[normalize-space()='Effacer définitivement']"));
                browser.visible(By.id("resume-erreurs"));
                assertThat(browser.visible(By.id("resume-erreurs")).getText()).contains("La référence saisie ne correspond pas");
                Accessibilite.verifier(browser, "effacement refusé");
                browser.screenshot("refus");

                browser.driver().findElement(By.id("reference")).clear();
                browser.type(By.id("reference"), reference);
                browser.click(By.xpath("//button[normalize-space()='Effacer définitivement']"));
                browser.waitUntil("the erasure's record is shown", d -> d.getPageSource().contains("Effacement n°"));
                assertThat(browser.driver().getPageSource()).contains("Retrait du consentement");
                Accessibilite.verifier(browser, "effacement effectué");
                browser.screenshot("effectue");
            } catch (RuntimeException | AssertionError e) {
                browser.dumpForDiagnosis("effacement");
                throw e;
            }
        }
        assertThat(dossiers.findByReference(reference)).isEmpty();
    }
}
