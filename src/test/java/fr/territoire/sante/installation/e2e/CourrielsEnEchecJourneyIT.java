package fr.territoire.sante.installation.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.IntegrationTest;
import fr.territoire.sante.installation.TestStaff;
import fr.territoire.sante.installation.WebappSession;
import fr.territoire.sante.installation.identity.Groups;
import fr.territoire.sante.installation.notification.CourrielAEnvoyer;
import fr.territoire.sante.installation.notification.CourrielSortant;
import fr.territoire.sante.installation.notification.Courriels;
import fr.territoire.sante.installation.notification.StatutCourriel;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code /admin/courriels}: an operator (camunda-admin) finds the given-up mails and sends one again;
 * axe-core finds nothing serious on the page; staff and anonymous users are kept out.
 * Screenshots: {@code target/e2e-screenshots/courriels-en-echec/}.
 */
class CourrielsEnEchecJourneyIT extends IntegrationTest {

    static final String EXPLOITANT = "exploitant1";

    @Autowired
    Courriels courriels;
    @Autowired
    JdbcTemplate jdbc;

    private CourrielSortant abandonne;

    @BeforeEach
    void unCourrielAbandonne() {
        IdentityService identity = engine.getIdentityService();
        TestStaff.ensureUser(identity, EXPLOITANT, "Exploitant", Groups.ADMIN);
        String cle = "test-abandon-" + UUID.randomUUID();
        courriels.programmer(new CourrielAEnvoyer(cle, List.of("destinataire@exemple.invalid"),
                "[Accompagnement installation] Test d'abandon " + cle.substring(13, 21), "Texte", List.of()));
        jdbc.update("update courriel_sortant set statut = 'ABANDONNE', tentatives = 8, "
                + "derniere_erreur = 'MailSendException / ConnectException: Connection refused' where cle = ?", cle);
        abandonne = courriels.parCle(cle).get(0);
    }

    @Test
    void anOperatorSendsAGivenUpMailAgain() {
        try (Browser browser = Browser.start(baseUrl(), "courriels-en-echec")) {
            try {
                browser.open("/admin/courriels");
                new Connexion(browser).signIn(EXPLOITANT);
                browser.waitUntil("the page", d -> browser.currentPath().equals("/admin/courriels"));
                assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("Courriels en échec");
                assertThat(browser.visible(By.tagName("table")).getText()).contains(abandonne.getObjet(), "Connection refused");
                Accessibilite.verifier(browser, "courriels en échec");
                browser.screenshot("courriels-en-echec");

                browser.click(By.cssSelector("button[aria-label='Renvoyer le courriel n° " + abandonne.getId() + "']"));
                browser.waitUntil("the confirmation", d -> browser.driver().getPageSource().contains("de nouveau dans la file d'envoi"));
                browser.screenshot("courriel-renvoye");
                Accessibilite.verifier(browser, "courriels en échec, après un renvoi");
            } catch (RuntimeException | Error failure) {
                browser.dumpForDiagnosis("echec-courriels-en-echec");
                throw failure;
            }
        }
        CourrielSortant renvoye = courriels.parCle(abandonne.getCle()).get(0);
        assertThat(renvoye.getStatut()).isEqualTo(StatutCourriel.A_ENVOYER);
        assertThat(renvoye.getTentatives()).as("a fresh series of attempts").isZero();
    }

    @Test
    void staffAndAnonymousUsersAreKeptOut() {
        HttpResponse<String> anonyme = new WebappSession(baseUrl()).get("/admin/courriels");
        assertThat(anonyme.statusCode()).isEqualTo(302);
        assertThat(anonyme.headers().firstValue("Location").orElse("")).endsWith("/connexion");

        for (String membre : List.of(TestStaff.CLS, TestStaff.PILOTAGE)) {
            WebappSession session = new WebappSession(baseUrl());
            assertThat(session.signIn(membre, TestStaff.password(membre))).isTrue();
            assertThat(session.get("/admin/courriels").statusCode()).as(membre).isEqualTo(403);
            assertThat(session.postForm("/admin/courriels/" + abandonne.getId() + "/renvoyer", Map.of()).statusCode()).as(membre)
                    .isEqualTo(403);
        }
        assertThat(courriels.parCle(abandonne.getCle()).get(0).getStatut()).isEqualTo(StatutCourriel.ABANDONNE);

        WebappSession exploitant = new WebappSession(baseUrl());
        assertThat(exploitant.signIn(EXPLOITANT, TestStaff.password(EXPLOITANT))).isTrue();
        assertThat(exploitant.get("/admin/courriels").statusCode()).isEqualTo(200);
        assertThat(exploitant.postForm("/admin/courriels/" + abandonne.getId() + "/renvoyer", Map.of()).statusCode()).isEqualTo(302);
        assertThat(exploitant.get("/admin/courriels").body()).contains("de nouveau dans la file d&#39;envoi");
    }
}
