package fr.territoire.sante.installation.e2e;

import static fr.territoire.sante.installation.TestStaff.CLS;
import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The error page a person meets in a browser (errors.PageErreur): an address that does not exist and a
 * request refused as malformed get a French page with its title and message, no internals, and no
 * serious accessibility finding. Screenshots: {@code target/e2e-screenshots/erreurs/}.
 */
class PageErreurJourneyIT extends IntegrationTest {

    @Test
    void aMissingPageAndABadRequestGetAFrenchAccessiblePage() {
        try (Browser browser = Browser.start(baseUrl(), "erreurs")) {
            browser.open("/");
            new Connexion(browser).waitUntilShown().signIn(CLS);

            browser.open("/cette-page-n-existe-pas");
            assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("Page introuvable");
            assertThat(browser.visible(By.cssSelector("[role=alert]")).getText()).startsWith("Introuvable");
            Accessibilite.verifier(browser, "page introuvable");
            browser.screenshot("page-introuvable");

            browser.open("/dossiers?q=%00");
            assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("Requête à corriger");
            assertThat(browser.visible(By.cssSelector("[role=alert]")).getText()).contains("Caractère nul interdit");
            assertThat(browser.driver().getPageSource()).doesNotContain("Exception", "at org.");
            Accessibilite.verifier(browser, "requête à corriger");
            browser.screenshot("requete-a-corriger");
        }
    }
}
