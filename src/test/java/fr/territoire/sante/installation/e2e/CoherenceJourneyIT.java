package fr.territoire.sante.installation.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.IntegrationTest;
import fr.territoire.sante.installation.process.DossierDriver;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An administrator opens the agreement check from the menu and reads a difference with what to do;
 * axe-core finds nothing serious on the page. Screenshots: {@code target/e2e-screenshots/coherence/}.
 */
class CoherenceJourneyIT extends IntegrationTest {

    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "un-secret-de-test-assez-long";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdministratorReadsTheDifferencesAndWhatToDo() {
        String reference = new DossierDriver(engine).start().reference();
        jdbc.update("update ligne_reporting set en_retard = not en_retard where reference = ?", reference);
        try (Browser browser = Browser.start(baseUrl(), "coherence")) {
            try {
                browser.open("/");
                new Connexion(browser).waitUntilShown();
                browser.type(Connexion.IDENTIFIANT, ADMIN);
                browser.type(Connexion.MOT_DE_PASSE, ADMIN_PASSWORD);
                browser.click(Connexion.SE_CONNECTER);
                browser.waitUntil("signed in", d -> "/".equals(browser.currentPath()));
                browser.click(By.linkText("Cohérence"));
                browser.waitUntil("the agreement check", d -> browser.currentPath().equals("/exploitation/coherence"));
                assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("Cohérence du tableau de reporting et du moteur");
                assertThat(browser.visible(By.id("LIGNE_REPORTING_DIFFERENTE")).getText()).contains(reference, "Que faire");
                Accessibilite.verifier(browser, "cohérence");
                browser.screenshot("coherence-ecart");
            } catch (RuntimeException | Error failure) {
                browser.dumpForDiagnosis("echec-coherence");
                throw failure;
            } finally {
                jdbc.update("update ligne_reporting set en_retard = not en_retard where reference = ?", reference);
            }
        }
    }
}
