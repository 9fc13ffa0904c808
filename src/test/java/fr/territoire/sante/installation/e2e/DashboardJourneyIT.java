package fr.territoire.sante.installation.e2e;

import static fr.territoire.sante.installation.TestStaff.PILOTAGE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.IntegrationTest;
import fr.territoire.sante.installation.process.DossierDriver;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * A pilotage member sees the funnel and the late dossiers at a glance: the charts are drawn (Chart.js
 * from the bundled webjar), the period can be changed, axe-core finds nothing serious.
 * Screenshots: {@code target/e2e-screenshots/tableau-de-bord/}.
 */
class DashboardJourneyIT extends IntegrationTest {

    @Test
    void pilotageSeesTheChartsAndChangesThePeriod() {
        new DossierDriver(engine).start().proposerRendezVous().menerEntretien(true);
        try (Browser browser = Browser.start(baseUrl(), "tableau-de-bord")) {
            try {
                browser.open("/tableau-de-bord");
                new Connexion(browser).waitUntilShown().signIn(PILOTAGE);
                browser.waitUntil("the dashboard", d -> browser.currentPath().equals("/tableau-de-bord"));
                browser.waitUntil("the funnel is drawn", d -> dessine(browser, "entonnoir"));
                assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("Tableau de bord");
                Accessibilite.verifier(browser, "tableau de bord");
                browser.screenshot("tableau-de-bord-pilotage");

                new Select(browser.visible(By.id("periode"))).selectByValue("tout");
                browser.click(By.cssSelector("form.filtres button[type='submit']"));
                browser.waitUntil("the whole history", d -> browser.driver().getCurrentUrl().contains("periode=tout")
                        && dessine(browser, "entonnoir"));
                assertThat(browser.driver().findElements(By.cssSelector("button.telecharger-image"))).isNotEmpty();
                assertThat(browser.driver().findElements(By.partialLinkText("Télécharger les données (CSV)"))).isNotEmpty();
                browser.screenshot("tableau-de-bord-depuis-le-debut");

                browser.open("/mes-rappels");
                browser.visible(By.tagName("h1"));
                Accessibilite.verifier(browser, "mes rappels");
                browser.screenshot("mes-rappels-pilotage");
            } catch (RuntimeException | Error failure) {
                browser.dumpForDiagnosis("echec-tableau-de-bord");
                throw failure;
            }
        }
    }

    /** Chart.js registered a chart on the figure's canvas. */
    private static boolean dessine(Browser browser, String figure) {
        Object chart = ((JavascriptExecutor) browser.driver()).executeScript(
                "var c = document.getElementById('graphique-' + arguments[0]); return !!(c && window.Chart && Chart.getChart(c));", figure);
        return Boolean.TRUE.equals(chart);
    }
}
