package fr.territoire.sante.installation.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.IntegrationTest;
import fr.territoire.sante.installation.TestStaff;
import fr.territoire.sante.installation.WebappSession;
import fr.territoire.sante.installation.process.DossierDriver;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard on PostgreSQL through HTTP: its aggregate SQL (percentile_cont, FILTER) runs there as on
 * H2; anonymous users are sent to the login page or get 401; CLS, CPTS and pilotage see the page, its
 * JSON and its CSV downloads, which never name the professional; bad periods and unknown figures get a
 * French 400 or 404.
 */
class TableauDeBordIT extends IntegrationTest {

    private final String nom = "Bord-" + Long.toString(System.currentTimeMillis(), 36);

    @BeforeEach
    void aDossierInterviewed() {
        Map<String, Object> demande = DossierDriver.demande();
        demande.put("nom", nom);
        new DossierDriver(engine).start(demande).proposerRendezVous().menerEntretien(true);
    }

    @Test
    void anonymousUsersAreSentToTheLoginPageOrGet401() {
        WebappSession anonyme = new WebappSession(baseUrl());
        HttpResponse<String> page = anonyme.get("/tableau-de-bord");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/connexion");
        for (String api : List.of("/api/tableau-de-bord", "/api/tableau-de-bord/entonnoir.csv")) {
            assertThat(anonyme.get(api).statusCode()).as(api).isEqualTo(401);
        }
    }

    @Test
    void staffAndPilotageSeeFiguresThatNeverNameTheProfessional() {
        for (String utilisateur : List.of(TestStaff.CLS, TestStaff.CPTS, TestStaff.PILOTAGE)) {
            WebappSession session = connecte(utilisateur);
            HttpResponse<String> page = session.get("/tableau-de-bord?periode=tout");
            assertThat(page.statusCode()).as(utilisateur).isEqualTo(200);
            assertThat(page.body()).contains("Entonnoir des étapes", "Délais entre les étapes", "Dossiers en retard aujourd'hui",
                    "chart.umd.min.js").doesNotContain(nom);

            HttpResponse<String> json = session.get("/api/tableau-de-bord?periode=tout");
            assertThat(json.statusCode()).isEqualTo(200);
            assertThat(json.body()).contains("\"id\":\"entonnoir\"", "Entretiens réalisés").doesNotContain(nom);

            HttpResponse<byte[]> csv = session.getBytes("/api/tableau-de-bord/entonnoir.csv?periode=tout");
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("tableau-de-bord-entonnoir-");
            String texte = new String(csv.body(), StandardCharsets.UTF_8);
            assertThat(texte).contains("Entretiens réalisés;").doesNotContain(nom);
        }
    }

    @Test
    void theFunnelCountsTheInterviewJustHeld() {
        WebappSession session = connecte(TestStaff.CLS);
        String avant = session.get("/api/tableau-de-bord?periode=tout").body();
        new DossierDriver(engine).start().proposerRendezVous().menerEntretien(true);
        String apres = session.get("/api/tableau-de-bord?periode=tout").body();
        assertThat(entretiens(apres)).isEqualTo(entretiens(avant) + 1);
    }

    @Test
    void badPeriodsAndUnknownFiguresGetAFrenchAnswer() {
        WebappSession session = connecte(TestStaff.PILOTAGE);
        HttpResponse<String> page = session.get("/tableau-de-bord?periode=dates&du=2026-03-01&au=2026-02-01");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("précède");
        HttpResponse<String> api = session.get("/api/tableau-de-bord?periode=semaine");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("Période « semaine » inconnue.");
        HttpResponse<byte[]> inconnue = session.getBytes("/api/tableau-de-bord/camembert.csv");
        assertThat(inconnue.statusCode()).isEqualTo(404);
        assertThat(new String(inconnue.body(), StandardCharsets.UTF_8)).contains("Figure inconnue");
    }

    private WebappSession connecte(String utilisateur) {
        WebappSession session = new WebappSession(baseUrl());
        assertThat(session.signIn(utilisateur, TestStaff.password(utilisateur))).isTrue();
        return session;
    }

    /** The funnel's "Entretiens réalisés" value in the JSON answer. */
    private static long entretiens(String json) {
        java.util.regex.Matcher valeur = java.util.regex.Pattern
                .compile("\"libelle\":\"Entretiens réalisés\",\"valeurs\":\\[(\\d+)\\]").matcher(json);
        assertThat(valeur.find()).as(json).isTrue();
        return Long.parseLong(valeur.group(1));
    }
}
