package fr.territoire.sante.installation.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.IntegrationTest;
import fr.territoire.sante.installation.TestStaff;
import fr.territoire.sante.installation.WebappSession;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The territory needs' pages over HTTP, as each group uses them, with Spring Security's CSRF token. */
class BesoinsIT extends IntegrationTest {

    /** The database outlives a run: each need gets a commune of its own. */
    private final String commune = "Bourg-d'essai-" + UUID.randomUUID().toString().substring(0, 8);

    private Map<String, Object> champs() {
        Map<String, Object> champs = new LinkedHashMap<>();
        champs.put("commune", commune);
        champs.put("profession", "sage-femme");
        champs.put("urgence", "FORTE");
        champs.put("source", "ELUS");
        champs.put("dateSignalement", "15/01/2026");
        champs.put("statut", "OUVERT");
        champs.put("commentaire", "Aucune sage-femme à moins de 25 minutes.");
        return champs;
    }

    private WebappSession signedIn(String user) {
        WebappSession session = new WebappSession(baseUrl());
        assertThat(session.signIn(user, TestStaff.password(user))).as(user).isTrue();
        return session;
    }

    /** Creates the need as the CLS does, through the form; returns its page's path. */
    private String creer(WebappSession cls) {
        assertThat(cls.get("/catalogue/besoins/nouveau").statusCode()).isEqualTo(200);
        HttpResponse<String> cree = cls.postForm("/catalogue/besoins", champs());
        assertThat(cree.statusCode()).as(cree.body()).isEqualTo(302);
        String besoin = cree.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(besoin).matches("/catalogue/besoins/\\d+");
        return besoin;
    }

    private static String q(String texte) {
        return URLEncoder.encode(texte, StandardCharsets.UTF_8);
    }

    @Test
    void theClsCreatesANeedAndFindsItWithTheFilters() {
        WebappSession cls = signedIn(TestStaff.CLS);
        String besoin = creer(cls);

        assertThat(cls.get(besoin).body()).contains("Besoin ajouté au catalogue.", "Sage-femme", "Forte", "Élus",
                "15/01/2026", "Ouvert", "Aucune sage-femme", "Modifier le besoin");
        assertThat(cls.get("/catalogue/besoins?q=" + q(commune.toUpperCase())).body()).contains(besoin, "<strong>1</strong> besoin(s)");
        assertThat(cls.get("/catalogue/besoins?q=" + q(commune) + "&statut=OUVERT&profession=sage-femme&urgence=FORTE").body())
                .contains(besoin);
        assertThat(cls.get("/catalogue/besoins?q=" + q(commune) + "&urgence=CRITIQUE").body())
                .doesNotContain(besoin).contains("Aucun besoin ne correspond");
    }

    @Test
    void aBadSubmissionComesBackWithTheFrenchMessagesAndTheTypedValues() {
        WebappSession cls = signedIn(TestStaff.CLS);
        cls.get("/catalogue/besoins/nouveau");
        Map<String, Object> champs = champs();
        champs.put("commune", "");
        champs.put("dateSignalement", "31/02/2026");

        HttpResponse<String> refus = cls.postForm("/catalogue/besoins", champs);

        assertThat(refus.statusCode()).isEqualTo(400);
        assertThat(refus.body()).contains("« Commune » : obligatoire.", "href=\"#commune\"",
                "« Date de signalement » : date attendue au format", "href=\"#dateSignalement\"",
                "value=\"31/02/2026\"", "value=\"sage-femme\" selected=\"selected\"", ">Aucune sage-femme à moins de 25 minutes.</textarea>",
                "aria-invalid=\"true\"");
    }

    @Test
    void theSameNeedTwiceIsRefused() {
        WebappSession cls = signedIn(TestStaff.CLS);
        creer(cls);
        cls.get("/catalogue/besoins/nouveau");
        Map<String, Object> champs = champs();
        champs.put("commune", " " + commune.toUpperCase() + " ");
        champs.put("dateSignalement", "2026-01-15");

        HttpResponse<String> doublon = cls.postForm("/catalogue/besoins", champs);

        assertThat(doublon.statusCode()).isEqualTo(400);
        assertThat(doublon.body()).contains("ce besoin (même commune, profession, source et date) est déjà au catalogue.");
    }

    @Test
    void theCptsEditsArchivesAndUnarchivesANeed() {
        String besoin = creer(signedIn(TestStaff.CLS));
        WebappSession cpts = signedIn(TestStaff.CPTS);
        assertThat(cpts.get(besoin).body()).contains("Modifier le besoin", "Archiver ce besoin");

        Map<String, Object> champs = champs();
        champs.put("statut", "ABANDONNE");
        champs.put("urgence", "critique");
        HttpResponse<String> modifie = cpts.postForm(besoin, champs);
        assertThat(modifie.statusCode()).as(modifie.body()).isEqualTo(302);
        assertThat(cpts.get(besoin).body()).contains("Modifications enregistrées.", "Abandonné", "Critique");
        assertThat(cpts.get("/catalogue/besoins?q=" + q(commune)).body()).as("abandoned is still listed").contains(besoin);

        assertThat(cpts.postForm(besoin + "/archiver", Map.of()).statusCode()).isEqualTo(302);
        assertThat(cpts.get(besoin).body()).contains("Ce besoin est archivé", "Désarchiver ce besoin");
        assertThat(cpts.get("/catalogue/besoins?q=" + q(commune)).body()).doesNotContain(besoin);
        assertThat(cpts.get("/catalogue/besoins?archives=true&q=" + q(commune)).body()).contains(besoin, "(archivé)");

        assertThat(cpts.postForm(besoin + "/desarchiver", Map.of()).statusCode()).isEqualTo(302);
        assertThat(cpts.get("/catalogue/besoins?q=" + q(commune)).body()).contains(besoin);
    }

    @Test
    void pilotageReadsTheNeedsButChangesNothing() {
        String besoin = creer(signedIn(TestStaff.CLS));
        WebappSession pilotage = signedIn(TestStaff.PILOTAGE);

        HttpResponse<String> liste = pilotage.get("/catalogue/besoins?q=" + q(commune));
        assertThat(liste.statusCode()).isEqualTo(200);
        assertThat(liste.body()).contains(besoin).doesNotContain("Ajouter un besoin");
        HttpResponse<String> page = pilotage.get(besoin);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Aucune sage-femme").doesNotContain("Modifier le besoin", "Archiver ce besoin");
        assertThat(pilotage.get("/api/catalogue/besoins/export.csv").statusCode()).isEqualTo(200);

        assertThat(pilotage.postForm(besoin + "/archiver", Map.of()).statusCode()).isEqualTo(403);
        assertThat(pilotage.postForm(besoin, champs()).statusCode()).isEqualTo(403);
        assertThat(pilotage.postForm("/catalogue/besoins", champs()).statusCode()).isEqualTo(403);
    }

    @Test
    void anUnknownNeedIsAFrenchNotFoundPage() {
        WebappSession cls = signedIn(TestStaff.CLS);
        for (String path : List.of("/catalogue/besoins/999999999", "/catalogue/besoins/abc")) {
            HttpResponse<String> inconnu = cls.get(path);
            assertThat(inconnu.statusCode()).as(path).isEqualTo(404);
            assertThat(inconnu.body()).as(path).contains("Besoin du territoire inconnu");
        }
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        WebappSession anonyme = new WebappSession(baseUrl());
        for (String path : List.of("/catalogue/besoins", "/catalogue/besoins/nouveau", "/catalogue/besoins/1",
                "/catalogue/besoins/import")) {
            HttpResponse<String> reponse = anonyme.get(path);
            assertThat(reponse.statusCode()).as(path).isEqualTo(302);
            assertThat(reponse.headers().firstValue("Location").orElse("")).as(path).endsWith("/connexion");
        }
    }
}
