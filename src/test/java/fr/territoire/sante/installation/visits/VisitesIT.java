package fr.territoire.sante.installation.visits;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.IntegrationTest;
import fr.territoire.sante.installation.TestStaff;
import fr.territoire.sante.installation.WebappSession;
import fr.territoire.sante.installation.process.DossierDriver;
import fr.territoire.sante.installation.process.SitesDeTest;
import fr.territoire.sante.installation.process.Calendrier;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The visit section of the dossier page over HTTP on PostgreSQL: CLS and CPTS plan, move and cancel a
 * visit and download its invitation; a refused form comes back in French with what was typed; pilotage
 * gets no section, no names and 403 on changes and downloads; anonymous users are sent to sign in.
 */
class VisitesIT extends IntegrationTest {

    @Autowired
    PlanningVisites planning;
    @Autowired
    ApplicationContext context;

    private String reference;
    private String site;
    private String lieuProposeId;

    @BeforeEach
    void dossierWithAProposedSite() {
        site = "Cabinet " + UUID.randomUUID().toString().substring(0, 8);
        reference = new DossierDriver(engine).withCatalogue(SitesDeTest.dans(context)).start().proposerRendezVous().menerEntretien(true)
                .renseignerProjetProfessionnel().renseignerEnvironnement().croiser(site + " – Bourg-Fictif").reference();
        lieuProposeId = String.valueOf(planning.lieuxProposes(planning.dossier(reference)).get(0).getId());
    }

    @Test
    void clsPlansCptsMovesAndCancelsAndBothDownloadTheInvitation() throws Exception {
        WebappSession cls = signedIn(TestStaff.CLS);
        assertThat(cls.get("/dossiers/" + reference).body()).contains("Visites planifiées", "Planifier une visite", site);

        HttpResponse<String> planifiee = cls.postForm("/dossiers/" + reference + "/visites", champs(jour(3), "14:00", "15:30"));
        assertThat(planifiee.statusCode()).isEqualTo(302);
        assertThat(planifiee.headers().firstValue("Location").orElse("")).endsWith("/dossiers/" + reference + "#visites-planifiees");
        VisitePlanifiee visite = planning.prevues(planning.dossier(reference).getId()).get(0);
        String page = cls.get("/dossiers/" + reference).body();
        assertThat(page).contains("Visite planifiée ; l&#39;invitation part par e-mail.", "14h00 – 15h30", "Adjointe au maire",
                "/visites/" + visite.getId() + ".ics");

        HttpResponse<byte[]> ics = cls.getBytes("/dossiers/" + reference + "/visites/" + visite.getId() + ".ics");
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar").contains("method=REQUEST");
        assertThat(ics.headers().firstValue("Content-Disposition").orElse("")).contains("visite.ics");
        Calendar calendrier = new CalendarBuilder().build(new ByteArrayInputStream(ics.body()));
        assertThat(calendrier.getComponent("VEVENT").orElseThrow().getProperty(Property.UID).orElseThrow().getValue())
                .isEqualTo(visite.getUid());

        WebappSession cpts = signedIn(TestStaff.CPTS);
        cpts.get("/dossiers/" + reference);
        HttpResponse<String> deplacee = cpts.postForm("/dossiers/" + reference + "/visites/" + visite.getId() + "/deplacement",
                Map.of("jour", jour(4), "debut", "9:00", "fin", "10:00"));
        assertThat(deplacee.statusCode()).isEqualTo(302);
        assertThat(cpts.get("/dossiers/" + reference).body()).contains("Prévue (déplacée)", "09h00 – 10h00");

        HttpResponse<String> annulee = cpts.postForm("/dossiers/" + reference + "/visites/" + visite.getId() + "/annulation", Map.of());
        assertThat(annulee.statusCode()).isEqualTo(302);
        assertThat(planning.prevues(visite.getDossierId())).isEmpty();
        assertThat(cpts.getBytes("/dossiers/" + reference + "/visites/" + visite.getId() + ".ics").headers()
                .firstValue("Content-Type").orElse("")).contains("method=CANCEL");
    }

    @Test
    void aClosedDossiersVisitsStayAsTheyWereAndSendNothing() {
        VisitePlanifiee visite = planning.planifier(reference, new SaisieVisite(lieuProposeId, jour(3), "14:00", "15:00",
                "Claire du CLS", null, null, null), TestStaff.CLS).visite();
        engine.getRuntimeService().createMessageCorrelation("ArretDemarche").processInstanceBusinessKey(reference).correlate();
        WebappSession cls = signedIn(TestStaff.CLS);
        String page = cls.get("/dossiers/" + reference).body();
        assertThat(page).contains("Dossier clos : ses visites ne se modifient plus.").doesNotContain("Planifier une visite", "/annulation");

        HttpResponse<String> nouvelle = cls.postForm("/dossiers/" + reference + "/visites", champs(jour(5), "10:00", "11:00"));
        HttpResponse<String> annulee = cls.postForm("/dossiers/" + reference + "/visites/" + visite.getId() + "/annulation", Map.of());
        cls.get("/dossiers/" + reference);
        HttpResponse<String> parApi = cls.postOurJson("/api/dossiers/" + reference + "/visites/" + visite.getId() + "/annulation", "{}");

        for (HttpResponse<String> refus : List.of(nouvelle, annulee, parApi)) {
            assertThat(refus.statusCode()).as(refus.body()).isEqualTo(409);
            assertThat(refus.body()).contains("Le dossier " + reference + " est clos : ses visites ne se modifient plus.");
        }
        assertThat(planning.prevues(visite.getDossierId())).singleElement().extracting(VisitePlanifiee::getId).isEqualTo(visite.getId());
    }

    @Test
    void aRefusedVisitComesBackInFrenchWithWhatWasTyped() {
        WebappSession cpts = signedIn(TestStaff.CPTS);
        cpts.get("/dossiers/" + reference);

        HttpResponse<String> refus = cpts.postForm("/dossiers/" + reference + "/visites",
                champs(LocalDate.now(Calendrier.FUSEAU).minusDays(2).toString(), "16:00", "15:00"));

        assertThat(refus.statusCode()).isEqualTo(400);
        assertThat(refus.body()).contains("2 informations sont à corriger", "aujourd&#39;hui ou une date à venir.",
                "après l&#39;heure de début.", "Adjointe au maire", "value=\"16:00\"");
        assertThat(planning.prevues(planning.dossier(reference).getId())).isEmpty();
    }

    @Test
    void pilotageGetsNoSectionNoNamesAndCannotChangeOrDownload() {
        VisitePlanifiee visite = planning.planifier(reference, new SaisieVisite(lieuProposeId, jour(3), "14:00", "15:00",
                "Claire du CLS", null, null, null), TestStaff.CLS).visite();
        WebappSession pilotage = signedIn(TestStaff.PILOTAGE);

        String fiche = pilotage.get("/dossiers/" + reference).body();
        assertThat(fiche).doesNotContain("visites-planifiees", site, "Claire du CLS");
        assertThat(pilotage.postForm("/dossiers/" + reference + "/visites", champs(jour(3), "10:00", "11:00")).statusCode()).isEqualTo(403);
        assertThat(pilotage.postForm("/dossiers/" + reference + "/visites/" + visite.getId() + "/annulation", Map.of()).statusCode())
                .isEqualTo(403);
        assertThat(pilotage.getBytes("/dossiers/" + reference + "/visites/" + visite.getId() + ".ics").statusCode()).isEqualTo(403);
        HttpResponse<String> api = pilotage.get("/api/dossiers/" + reference + "/visites");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("Bourg-Fictif", "PREVUE").doesNotContain(site, "Claire du CLS");
        assertThat(planning.prevues(visite.getDossierId())).hasSize(1);

        assertThat(signedIn(TestStaff.CLS).get("/api/dossiers/" + reference + "/visites").body()).contains(site, "Claire du CLS");
    }

    @Test
    void anonymousUsersAreSentToSignIn() {
        WebappSession anonyme = new WebappSession(baseUrl());
        HttpResponse<String> ics = anonyme.get("/dossiers/" + reference + "/visites/1.ics");
        assertThat(ics.statusCode()).isEqualTo(302);
        assertThat(ics.headers().firstValue("Location").orElse("")).endsWith("/connexion");
        assertThat(anonyme.get("/api/dossiers/" + reference + "/visites").statusCode()).isEqualTo(401);
    }

    private Map<String, String> champs(String jour, String debut, String fin) {
        return Map.of("lieuProposeId", lieuProposeId, "jour", jour, "debut", debut, "fin", fin,
                "presentsCls", "Chargée de mission CLS", "presentsCpts", "Coordinateur CPTS", "presentsLieu", "Dr Martin",
                "elusInvites", "Adjointe au maire");
    }

    private static String jour(int dans) {
        return LocalDate.now(Calendrier.FUSEAU).plusDays(dans).toString();
    }

    private WebappSession signedIn(String user) {
        WebappSession session = new WebappSession(baseUrl());
        assertThat(session.signIn(user, TestStaff.password(user))).as(user).isTrue();
        return session;
    }
}
