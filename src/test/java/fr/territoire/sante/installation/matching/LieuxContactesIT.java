package fr.territoire.sante.installation.matching;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.IntegrationTest;
import fr.territoire.sante.installation.TestStaff;
import fr.territoire.sante.installation.WebappSession;
import fr.territoire.sante.installation.process.DossierDriver;
import fr.territoire.sante.installation.process.SitesDeTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The sites' answers over HTTP: the CLS and the CPTS record them from the dossier page or the API;
 * pilotage neither sees the sites' names nor records anything; anonymous callers are sent to sign in.
 */
class LieuxContactesIT extends IntegrationTest {

    private static final String TILLEULS = "Maison de santé des Tilleuls";
    private static final String LAC = "Cabinet du Lac";

    @Autowired
    ApplicationContext context;
    @Autowired
    ReponsesLieux reponses;

    private String reference;
    private long premier;
    private long second;

    @BeforeEach
    void dossierWithTwoSitesToContact() {
        reference = new DossierDriver(engine).withCatalogue(SitesDeTest.dans(context)).start().proposerRendezVous()
                .menerEntretien(true).renseignerProjetProfessionnel().renseignerEnvironnement()
                .croiser(TILLEULS + " – Bourg-Fictif", LAC + " – Val-Imaginaire").reference();
        premier = reponses.duTourCourant(reference).get(0).id();
        second = reponses.duTourCourant(reference).get(1).id();
    }

    @Test
    void theClsRecordsAnAnswerFromTheDossierPage() {
        WebappSession cls = signedIn(TestStaff.CLS);
        String page = cls.get("/dossiers/" + reference).body();
        assertThat(page).contains("Lieux contactés", TILLEULS, LAC, "En attente");

        HttpResponse<String> enregistre = cls.postForm(reponse(premier), Map.of("reponse", "INTERESSE", "commentaire", "Rappeler lundi"));

        assertThat(enregistre.statusCode()).isEqualTo(302);
        assertThat(enregistre.headers().firstValue("Location").orElse("")).endsWith("/dossiers/" + reference + "#lieux-contactes");
        assertThat(cls.get("/dossiers/" + reference).body()).contains("Intéressé", "Rappeler lundi", "par " + TestStaff.CLS);
    }

    @Test
    void theCptsRecordsAnAnswerThroughTheApi() {
        WebappSession cpts = signedIn(TestStaff.CPTS);
        cpts.get("/dossiers/" + reference); // the page's CSRF token, as a script on it would send

        HttpResponse<String> enregistre = cpts.postOurJson("/api" + reponse(second), "{\"reponse\": \"REFUS\", \"commentaire\": \"Équipe complète\"}");

        assertThat(enregistre.statusCode()).as(enregistre.body()).isEqualTo(200);
        assertThat(enregistre.body()).contains("\"reponse\":\"REFUS\"", "\"reponseLibelle\":\"Refus\"", "\"reponsePar\":\"" + TestStaff.CPTS + "\"");
        assertThat(cpts.get("/api/dossiers/" + reference + "/lieux-proposes").body()).contains(TILLEULS, "Équipe complète");
    }

    @Test
    void badInputGetsAFrenchAnswerAndUnknownSitesA404() {
        WebappSession cpts = signedIn(TestStaff.CPTS);
        cpts.get("/dossiers/" + reference);
        HttpResponse<String> inconnue = cpts.postOurJson("/api" + reponse(second), "{\"reponse\": \"PEUT_ETRE\"}");
        assertThat(inconnue.statusCode()).isEqualTo(400);
        assertThat(inconnue.body()).contains("Réponse non reconnue");
        assertThat(cpts.postOurJson("/api" + reponse(second), "pas du json").statusCode()).isEqualTo(400);
        HttpResponse<String> absent = cpts.postOurJson("/api/dossiers/" + reference + "/lieux-proposes/999999999/reponse", "{\"reponse\": \"REFUS\"}");
        assertThat(absent.statusCode()).isEqualTo(404);
        assertThat(absent.body()).contains("n'a pas de lieu proposé");
        assertThat(cpts.get("/api/dossiers/PS-1999-0000/lieux-proposes").statusCode()).isEqualTo(404);

        cpts.get("/dossiers/" + reference);
        HttpResponse<String> page = cpts.postForm(reponse(premier), Map.of("reponse", ""));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Choisissez la réponse du lieu");
        assertThat(reponses.duTourCourant(reference).get(0).reponse()).isNull();
    }

    @Test
    void aClosedDossiersAnswersNoLongerChange() {
        engine.getRuntimeService().createMessageCorrelation("ArretDemarche").processInstanceBusinessKey(reference).correlate();
        WebappSession cls = signedIn(TestStaff.CLS);
        assertThat(cls.get("/dossiers/" + reference).body()).contains("Dossier clos : les réponses des lieux ne se modifient plus.", TILLEULS)
                .doesNotContain("Enregistrer une réponse");

        HttpResponse<String> page = cls.postForm(reponse(premier), Map.of("reponse", "INTERESSE"));
        cls.get("/dossiers/" + reference);
        HttpResponse<String> api = cls.postOurJson("/api" + reponse(second), "{\"reponse\": \"REFUS\"}");

        for (HttpResponse<String> refus : List.of(page, api)) {
            assertThat(refus.statusCode()).as(refus.body()).isEqualTo(409);
            assertThat(refus.body()).contains("est clos : les réponses des lieux contactés ne se modifient plus.");
        }
        assertThat(reponses.duTourCourant(reference)).allSatisfy(lieu -> assertThat(lieu.reponse()).isNull());
    }

    @Test
    void pilotageNeitherSeesTheSitesNorRecordsAnswers() {
        WebappSession pilotage = signedIn(TestStaff.PILOTAGE);
        String page = pilotage.get("/dossiers/" + reference).body();
        assertThat(page).doesNotContain("Lieux contactés", TILLEULS, LAC);
        assertThat(pilotage.get("/api/dossiers/" + reference + "/lieux-proposes").statusCode()).isEqualTo(403);
        assertThat(pilotage.postForm(reponse(premier), Map.of("reponse", "INTERESSE")).statusCode()).isEqualTo(403);
        assertThat(pilotage.postOurJson("/api" + reponse(premier), "{\"reponse\": \"INTERESSE\"}").statusCode()).isEqualTo(403);
        assertThat(reponses.duTourCourant(reference).get(0).reponse()).isNull();
    }

    @Test
    void anonymousCallersAreSentToSignIn() {
        WebappSession anonymous = new WebappSession(baseUrl());
        anonymous.get("/connexion");
        HttpResponse<String> page = anonymous.postForm(reponse(premier), Map.of("reponse", "INTERESSE"));
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/connexion");
        assertThat(anonymous.get("/api/dossiers/" + reference + "/lieux-proposes").statusCode()).isEqualTo(401);
        assertThat(anonymous.postOurJson("/api" + reponse(premier), "{\"reponse\": \"INTERESSE\"}").statusCode()).isEqualTo(401);
    }

    private String reponse(long id) {
        return "/dossiers/" + reference + "/lieux-proposes/" + id + "/reponse";
    }

    private WebappSession signedIn(String user) {
        WebappSession session = new WebappSession(baseUrl());
        assertThat(session.signIn(user, TestStaff.password(user))).as(user).isTrue();
        return session;
    }
}
