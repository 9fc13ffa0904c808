package fr.territoire.sante.installation.reports;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.IntegrationTest;
import fr.territoire.sante.installation.TestStaff;
import fr.territoire.sante.installation.WebappSession;
import fr.territoire.sante.installation.process.DossierDriver;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The periodic reports on PostgreSQL through HTTP: the V17 table (bytea) stores the files; anonymous
 * users are sent to the login page or get 401; CLS and CPTS produce, pilotage reads and downloads but
 * may not produce (403); a bad period or audience is a French 400; the PDF never names the professional.
 */
class RapportsIT extends IntegrationTest {

    private static final Pattern PDF = Pattern.compile("/rapports/(\\d+)\\.pdf");
    private final String nom = "Rapport-" + Long.toString(System.currentTimeMillis(), 36);

    @Test
    void anonymousUsersAreSentToTheLoginPageOrGet401() {
        WebappSession anonyme = new WebappSession(baseUrl());
        for (String page : List.of("/rapports", "/rapports/1.pdf", "/rapports/1.xlsx")) {
            HttpResponse<String> reponse = anonyme.get(page);
            assertThat(reponse.statusCode()).as(page).isEqualTo(302);
            assertThat(reponse.headers().firstValue("Location").orElse("")).endsWith("/connexion");
        }
        assertThat(anonyme.get("/api/rapports").statusCode()).isEqualTo(401);
    }

    @Test
    void clsAndCptsProducePilotageReadsAndDownloadsButMayNotProduce() throws Exception {
        Map<String, Object> demande = DossierDriver.demande();
        demande.put("nom", nom);
        new DossierDriver(engine).start(demande).proposerRendezVous().menerEntretien(true);

        for (String utilisateur : List.of(TestStaff.CLS, TestStaff.CPTS)) {
            WebappSession session = connecte(utilisateur);
            assertThat(session.get("/rapports").body()).contains("Produire un rapport");
            HttpResponse<String> produit = session.postForm("/rapports",
                    Map.of("audience", "ELUS_REFERENTS", "du", "2000-01-01", "au", "2100-12-31"));
            assertThat(produit.statusCode()).as(utilisateur).isEqualTo(302);
            assertThat(session.get("/rapports").body()).contains("Le rapport a été produit", "par " + utilisateur);
        }
        HttpResponse<String> api = connecte(TestStaff.CPTS).postOurJson("/api/rapports?audience=CDOM&du=2000-01-01&au=2100-12-31", "");
        assertThat(api.statusCode()).isEqualTo(201);
        assertThat(api.body()).contains("\"audience\":\"CDOM\"");

        WebappSession pilotage = connecte(TestStaff.PILOTAGE);
        HttpResponse<String> liste = pilotage.get("/rapports");
        assertThat(liste.statusCode()).isEqualTo(200);
        assertThat(liste.body()).contains("Élus référents santé").doesNotContain("Produire un rapport");
        Matcher lien = PDF.matcher(liste.body());
        assertThat(lien.find()).isTrue();
        HttpResponse<byte[]> pdf = pilotage.getBytes(lien.group());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        assertThat(RapportsPeriodiquesTest.texte(pdf.body())).contains("Entonnoir des étapes").doesNotContain(nom);
        HttpResponse<byte[]> xlsx = pilotage.getBytes("/rapports/" + lien.group(1) + ".xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(RapportsPeriodiquesTest.feuilles(xlsx.body())).containsKey("Entonnoir des étapes");
        assertThat(pilotage.get("/api/rapports").body()).contains("\"pdf\":\"/rapports/" + lien.group(1) + ".pdf\"");

        assertThat(pilotage.postForm("/rapports", Map.of("audience", "ELUS_REFERENTS", "du", "2000-01-01", "au", "2000-12-31"))
                .statusCode()).isEqualTo(403);
        assertThat(pilotage.postOurJson("/api/rapports?audience=CDOM&du=2000-01-01&au=2000-12-31", "").statusCode()).isEqualTo(403);
    }

    @Test
    void badPeriodsAudiencesAndReportsGetAFrenchAnswer() {
        WebappSession cls = connecte(TestStaff.CLS);
        cls.get("/rapports");
        HttpResponse<String> periode = cls.postForm("/rapports", Map.of("audience", "COPIL_CLS", "du", "2026-03-01", "au", "2026-02-01"));
        assertThat(periode.statusCode()).isEqualTo(400);
        assertThat(periode.body()).contains("précède");
        HttpResponse<String> audience = cls.postOurJson("/api/rapports?audience=PRESSE&du=2026-01-01&au=2026-02-01", "");
        assertThat(audience.statusCode()).isEqualTo(400);
        assertThat(audience.body()).contains("Public du rapport inconnu");
        assertThat(cls.get("/rapports/999999999.pdf").statusCode()).isEqualTo(404);
        assertThat(cls.get("/rapports/abc.xlsx").statusCode()).isEqualTo(404);
    }

    private WebappSession connecte(String utilisateur) {
        WebappSession session = new WebappSession(baseUrl());
        assertThat(session.signIn(utilisateur, TestStaff.password(utilisateur))).isTrue();
        session.get("/rapports");
        return session;
    }
}
