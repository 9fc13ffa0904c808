package fr.territoire.sante.installation.e2e;

import static fr.territoire.sante.installation.TestStaff.CLS;
import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.IntegrationTest;
import fr.territoire.sante.installation.process.DossierDriver;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A CLS member replaces the spreadsheet: signed in once, they open the reporting table, filter it by
 * stage, open a dossier's page, follow the link to its open task in Tasklist (no second login), and come
 * back to the dossier page from the task form's own link. axe-core checks each of our pages on the way.
 * Screenshots: {@code target/e2e-screenshots/tableau/}.
 */
class ReportingJourneyIT extends IntegrationTest {

    private static final String PROPOSER_RDV = "Proposer le rendez-vous d'entretien";

    /** Unique per run: the shared test database keeps the dossiers of earlier runs. */
    private final String nom = "Tableau-" + Long.toString(System.currentTimeMillis(), 36);

    @Test
    void clsFindsADossierInTheTableOpensItsPageAndItsTaskAndComesBack() {
        String enRecueil = startDossier(nom);
        String enCroisement = new DossierDriver(engine).start(demande(nom + "-bis")).proposerRendezVous()
                .menerEntretien(true).renseignerProjetProfessionnel().renseignerEnvironnement().reference();

        try (Browser browser = Browser.start(baseUrl(), "tableau")) {
            try {
                browser.open("/dossiers");
                Accessibilite.verifier(new Connexion(browser).waitUntilShown().browser(), "connexion");
                browser.screenshot("connexion");
                new Connexion(browser).signIn(CLS);
                assertThat(browser.currentPath()).isEqualTo("/dossiers");
                browser.visible(By.cssSelector("#resultats table"));
                Accessibilite.verifier(browser, "tableau de reporting");
                browser.screenshot("tableau-cls1");

                browser.type(By.id("q"), nom);
                browser.waitUntil("search narrows the table to this run's dossiers",
                        d -> rowShown(browser, enRecueil) && rowShown(browser, enCroisement));
                new Select(browser.visible(By.id("etape"))).selectByVisibleText("A – Recueil de la demande");
                browser.waitUntil("the stage filter keeps the request stage only",
                        d -> rowShown(browser, enRecueil) && !rowShown(browser, enCroisement));
                assertThat(browser.driver().getCurrentUrl()).contains("etape=RECUEIL");
                browser.screenshot("tableau-filtre-recueil");

                browser.click(By.linkText(enRecueil));
                browser.waitUntil("the dossier page", d -> browser.currentPath().equals("/dossiers/" + enRecueil));
                assertThat(browser.visible(By.tagName("h1")).getText()).contains(enRecueil);
                assertThat(browser.driver().getPageSource()).contains(nom);
                Accessibilite.verifier(browser, "fiche dossier");
                browser.screenshot("fiche-dossier-cls1");

                browser.click(By.linkText(PROPOSER_RDV));
                browser.waitUntil("Tasklist shows the task, without a second login",
                        d -> browser.driver().getCurrentUrl().contains("/camunda/app/tasklist/")
                                && browser.isShown(By.partialLinkText("Ouvrir la fiche du dossier " + enRecueil)));
                browser.screenshot("tasklist-tache-depuis-fiche");

                browser.click(By.partialLinkText("Ouvrir la fiche du dossier " + enRecueil));
                browser.waitUntil("back on the dossier page", d -> browser.currentPath().equals("/dossiers/" + enRecueil));
                browser.screenshot("fiche-dossier-retour-de-tasklist");

                browser.click(By.linkText("Retour au tableau"));
                browser.waitUntil("the table again", d -> browser.currentPath().equals("/dossiers"));
                browser.open("/");
                Accessibilite.verifier(browser, "accueil");
                browser.screenshot("accueil-cls1");

                browser.open("/catalogue/lieux");
                browser.visible(By.tagName("h1"));
                Accessibilite.verifier(browser, "catalogue des lieux");
                browser.open("/catalogue/lieux/nouveau");
                browser.visible(By.tagName("form"));
                Accessibilite.verifier(browser, "nouveau lieu d'exercice");
                browser.screenshot("catalogue-nouveau-lieu");
                browser.open("/catalogue/lieux/import");
                Accessibilite.verifier(browser, "import du catalogue");
                for (String page : java.util.List.of("/catalogue/besoins", "/catalogue/besoins/nouveau",
                        "/catalogue/aides", "/catalogue/aides/nouvelle")) {
                    browser.open(page);
                    browser.visible(By.tagName("h1"));
                    Accessibilite.verifier(browser, page);
                }
                browser.screenshot("catalogue-aides-nouvelle");
            } catch (RuntimeException | Error failure) {
                browser.dumpForDiagnosis("echec-tableau");
                throw failure;
            }
        }
    }

    private String startDossier(String name) {
        return new DossierDriver(engine).start(demande(name)).reference();
    }

    private static Map<String, Object> demande(String name) {
        Map<String, Object> values = DossierDriver.demande();
        values.put("nom", name);
        return values;
    }

    private static boolean rowShown(Browser browser, String reference) {
        return !browser.driver().findElements(By.xpath("//table//th[@scope='row']/a[normalize-space()='" + reference + "']"))
                .isEmpty();
    }
}
