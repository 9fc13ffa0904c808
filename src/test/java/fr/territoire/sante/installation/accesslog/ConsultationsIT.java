package fr.territoire.sante.installation.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.territoire.sante.installation.IntegrationTest;
import fr.territoire.sante.installation.TestStaff;
import fr.territoire.sante.installation.WebappSession;
import fr.territoire.sante.installation.identity.Groups;
import fr.territoire.sante.installation.process.DossierDriver;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * GDPR over HTTP on PostgreSQL: who may export a professional's data and read the access log, the log's
 * entry after each kind of read (none for pilotage), the export's content, the 503 when the log cannot
 * be written, and the log's own retention.
 */
class ConsultationsIT extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PurgeConsultations purge;

    private String reference;
    private long avant;

    @BeforeEach
    void dossierAtTheClsPartOfTheInterview() {
        engine.getIdentityService().setAuthentication(TestStaff.CLS, List.of(Groups.CLS));
        try {
            reference = new DossierDriver(engine).start().proposerRendezVous().menerEntretien(true).reference();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        Long max = jdbc.queryForObject("select coalesce(max(id), 0) from consultation", Long.class);
        avant = max == null ? 0 : max;
    }

    private List<Map<String, Object>> entrees() {
        return jdbc.queryForList("select utilisateur, nature, dossier_reference, references_listees, nombre "
                + "from consultation where id > ? order by id", avant);
    }

    private Task tache(String cle) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(cle).singleResult();
    }

    private WebappSession connecte(String utilisateur) {
        WebappSession session = new WebappSession(baseUrl());
        assertThat(session.signIn(utilisateur, TestStaff.password(utilisateur))).isTrue();
        return session;
    }

    @Test
    void onlyTheClsExportsAProfessionalsDataAndOnlyTheReferentsReadTheLog() {
        WebappSession cls = connecte(TestStaff.CLS);
        assertThat(cls.getBytes("/dossiers/" + reference + "/droit-acces.json").statusCode()).isEqualTo(200);
        assertThat(cls.getBytes("/dossiers/" + reference + "/droit-acces.pdf").statusCode()).isEqualTo(200);
        assertThat(cls.get("/rgpd/consultations").statusCode()).isEqualTo(403);
        for (String autre : List.of(TestStaff.CPTS, TestStaff.PILOTAGE)) {
            WebappSession session = connecte(autre);
            assertThat(session.getBytes("/dossiers/" + reference + "/droit-acces.json").statusCode()).as(autre).isEqualTo(403);
            assertThat(session.getBytes("/dossiers/" + reference + "/droit-acces.pdf").statusCode()).as(autre).isEqualTo(403);
            assertThat(session.get("/rgpd/consultations").statusCode()).as(autre).isEqualTo(403);
        }
        WebappSession referent = connecte(TestStaff.RGPD);
        assertThat(referent.get("/rgpd/consultations").statusCode()).isEqualTo(200);
        assertThat(new WebappSession(baseUrl()).get("/rgpd/consultations").statusCode()).isEqualTo(302);
        assertThat(cls.getBytes("/dossiers/PS-1999-0001/droit-acces.json").statusCode()).isEqualTo(404);
    }

    @Test
    void everyKindOfReadByAPersonIsLoggedOnceAndPilotagesAreNot() {
        WebappSession cls = connecte(TestStaff.CLS);
        assertThat(cls.get("/dossiers/" + reference).statusCode()).isEqualTo(200);
        assertThat(cls.get("/api/dossiers/" + reference).statusCode()).isEqualTo(200);
        assertThat(cls.getBytes("/dossiers/" + reference + "/droit-acces.json").statusCode()).isEqualTo(200);
        assertThat(cls.getBytes("/dossiers/" + reference + "/droit-acces.pdf").statusCode()).isEqualTo(200);
        assertThat(cls.get("/dossiers?q=" + reference).statusCode()).isEqualTo(200);
        assertThat(cls.get("/api/dossiers?q=" + reference).statusCode()).isEqualTo(200);
        assertThat(cls.getBytes("/api/dossiers/export.csv?q=" + reference).statusCode()).isEqualTo(200);
        assertThat(cls.getBytes("/api/dossiers/export.xlsx?q=" + reference).statusCode()).isEqualTo(200);
        assertThat(cls.get("/dossiers/PS-1999-0001").statusCode()).isEqualTo(404); // not a read: not logged

        Task projet = tache("UserTask_RenseignerProjetProfessionnel"); // offered to the CPTS
        Task environnement = tache("UserTask_RenseignerEnvironnement"); // offered to the CLS
        WebappSession tasklist = new WebappSession(baseUrl());
        assertThat(tasklist.logIn("tasklist", TestStaff.CPTS, TestStaff.password(TestStaff.CPTS))).isEqualTo(200);
        assertThat(tasklist.get("/camunda/api/engine/engine/default/task/" + projet.getId() + "/form-variables").statusCode())
                .isEqualTo(200);
        assertThat(rest(TestStaff.CLS, "GET", "/task/" + environnement.getId() + "/variables", null).statusCode()).isEqualTo(200);
        assertThat(rest(TestStaff.CPTS, "GET", "/task/" + environnement.getId() + "/variables", null).statusCode())
                .as("a CPTS member may not read the CLS's task").isIn(403, 404);
        // Cockpit's readers may read a task's variables (the display label names the professional): when
        // the engine lets pilotage do so, that read is logged like any other (a task read is never skipped).
        HttpResponse<String> lectureTachePilotage =
                rest(TestStaff.PILOTAGE, "GET", "/task/" + environnement.getId() + "/variables", null);

        WebappSession pilotage = connecte(TestStaff.PILOTAGE);
        assertThat(pilotage.get("/dossiers/" + reference).statusCode()).isEqualTo(200);
        assertThat(pilotage.get("/api/dossiers?q=" + reference).statusCode()).isEqualTo(200);
        assertThat(pilotage.getBytes("/api/dossiers/export.csv?q=" + reference).statusCode()).isEqualTo(200);

        List<String> attendues = new java.util.ArrayList<>(List.of(
                "cls1 FICHE", "cls1 FICHE_JSON", "cls1 DROIT_ACCES_JSON", "cls1 DROIT_ACCES_PDF",
                "cls1 TABLEAU", "cls1 TABLEAU_JSON", "cls1 TABLEAU_CSV", "cls1 TABLEAU_XLSX",
                "cpts1 TACHE_TASKLIST", "cls1 TACHE_API"));
        if (lectureTachePilotage.statusCode() == 200) {
            attendues.add("pilotage1 TACHE_API");
        }
        List<Map<String, Object>> entrees = entrees();
        assertThat(entrees).extracting(e -> e.get("utilisateur") + " " + e.get("nature")).containsExactlyElementsOf(attendues);
        assertThat(entrees).filteredOn(e -> e.get("references_listees") == null)
                .allMatch(e -> reference.equals(e.get("dossier_reference")));
        assertThat(entrees).filteredOn(e -> e.get("references_listees") != null)
                .allMatch(e -> e.get("references_listees").equals(" " + reference + " ") && e.get("nombre").equals(1));
        // No personal data in the log: only user ids, kinds and references.
        assertThat(entrees.toString()).doesNotContain("Fictive", "Jeanne", "exemple.invalid");
    }

    @Test
    void aTasklistPageNamingTheProfessionalIsLoggedWithTheDossiersItListed() {
        WebappSession tasklist = new WebappSession(baseUrl());
        assertThat(tasklist.logIn("tasklist", TestStaff.CPTS, TestStaff.password(TestStaff.CPTS))).isEqualTo(200);
        String filtre = engine.getFilterService().createFilterQuery().filterName("Tâches CPTS").singleResult().getId();
        HttpResponse<String> page = tasklist.postJson("/camunda/api/engine/engine/default/filter/" + filtre
                + "/list?firstResult=0&maxResults=2000", "application/hal+json", "{}");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(reference);
        assertThat(entrees()).singleElement().satisfies(e -> {
            assertThat(e.get("utilisateur")).isEqualTo(TestStaff.CPTS);
            assertThat(e.get("nature")).isEqualTo("LISTE_TACHES");
            assertThat((String) e.get("references_listees")).contains(" " + reference + " ");
        });
    }

    @Test
    void theReferentFindsWhoReadADossierByReferenceUserAndPeriod() {
        WebappSession cls = connecte(TestStaff.CLS);
        cls.get("/dossiers/" + reference);
        cls.get("/api/dossiers?q=" + reference);
        WebappSession referent = connecte(TestStaff.RGPD);
        String jour = java.time.LocalDate.now(fr.territoire.sante.installation.process.Calendrier.FUSEAU).toString();

        String page = referent.get("/rgpd/consultations?reference=" + reference.toLowerCase() + "&utilisateur=cls1&du=" + jour + "&au=" + jour).body();
        assertThat(page).contains("Fiche du dossier (page)", "Tableau de reporting (JSON)", reference + ", dans une liste de 1 dossier(s)")
                .contains("2 consultations trouvées");
        assertThat(referent.get("/rgpd/consultations?reference=" + reference + "&utilisateur=cpts1").body())
                .contains("0 consultation trouvée");
        HttpResponse<String> refus = referent.get("/rgpd/consultations?reference=Dupont&du=hier");
        assertThat(refus.statusCode()).isEqualTo(400);
        assertThat(refus.body()).contains("Référence de dossier invalide", "Date « Du » invalide");
    }

    @Test
    void theExportHoldsTheProfessionalsDataAsJsonAndAsAReadablePdf() throws Exception {
        WebappSession cls = connecte(TestStaff.CLS);
        HttpResponse<byte[]> json = cls.getBytes("/dossiers/" + reference + "/droit-acces.json");
        assertThat(json.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment", "donnees-" + reference + ".json");
        JsonNode arbre = new ObjectMapper().readTree(json.body());
        assertThat(arbre.path("consentement").path("versionInformation").asText()).isEqualTo("2026-12");
        assertThat(arbre.path("consentement").path("recueilliPar").asText()).isEqualTo(TestStaff.CLS);
        assertThat(arbre.path("fiche").path("demande").toString()).contains("Fictive", "jeanne.fictive@exemple.invalid");
        assertThat(arbre.path("historiqueTaches").findValuesAsText("etape")).contains("UserTask_MenerEntretien");

        HttpResponse<byte[]> pdf = cls.getBytes("/dossiers/" + reference + "/droit-acces.pdf");
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Vos données – dossier " + reference,
                    "Jeanne", "Fictive", "Notice d'information remise (version)", "2026-12", "Remplaçante depuis deux ans");
        }
        assertThat(cls.get("/dossiers/" + reference).body()).contains("Télécharger ses données (PDF)", "Version 2026-12");
        assertThat(connecte(TestStaff.CPTS).get("/dossiers/" + reference).body())
                .contains("Version 2026-12").doesNotContain("Télécharger ses données");
    }

    @Test
    void aReadWhoseEntryCannotBeWrittenIsRefusedWithA503InFrenchAndShowsNothing() {
        WebappSession cls = connecte(TestStaff.CLS);
        jdbc.execute("alter table consultation rename to consultation_hors_service");
        try {
            HttpResponse<String> fiche = cls.get("/dossiers/" + reference);
            assertThat(fiche.statusCode()).isEqualTo(503);
            assertThat(fiche.body()).contains("n'a pas pu être enregistrée").doesNotContain("Fictive");
            HttpResponse<String> liste = cls.get("/api/dossiers?q=" + reference);
            assertThat(liste.statusCode()).isEqualTo(503);
            assertThat(liste.body()).contains("n'a pas pu être enregistrée").doesNotContain("Fictive");
            assertThat(cls.getBytes("/api/dossiers/export.csv?q=" + reference).statusCode()).isEqualTo(503);
        } finally {
            jdbc.execute("alter table consultation_hors_service rename to consultation");
        }
        assertThat(cls.get("/dossiers/" + reference).statusCode()).isEqualTo(200);
    }

    @Test
    void entriesOlderThanTheRetentionArePurged() {
        Instant maintenant = Instant.now();
        jdbc.update("insert into consultation (horodatage, utilisateur, nature, dossier_reference, nombre) values (?, 'ancien', 'FICHE', ?, 1)",
                Timestamp.from(maintenant.minus(purge.conservation()).minus(Duration.ofDays(1))), reference);
        jdbc.update("insert into consultation (horodatage, utilisateur, nature, dossier_reference, nombre) values (?, 'recent', 'FICHE', ?, 1)",
                Timestamp.from(maintenant.minus(purge.conservation()).plus(Duration.ofDays(1))), reference);
        assertThat(purge.purger()).isGreaterThanOrEqualTo(1);
        assertThat(entrees()).extracting(e -> e.get("utilisateur")).containsExactly("recent");
        assertThat(purge.conservation()).isEqualTo(Duration.ofDays(365));
    }
}
