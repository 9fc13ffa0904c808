package fr.territoire.sante.installation.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.IntegrationTest;
import fr.territoire.sante.installation.TestStaff;
import fr.territoire.sante.installation.WebappSession;
import fr.territoire.sante.installation.process.DossierDriver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.identity.User;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rights matrix of our pages and JSON endpoints (docs/donnees-personnelles.md): anonymous users get
 * the login page or 401; cls, cpts, pilotage and camunda-admin open every page and endpoint; a user in
 * none of those groups is refused; pilotage never receives a name, a contact or a free text; a CPTS
 * member never receives the CLS's family and housing details.
 */
class PagesRightsIT extends IntegrationTest {

    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "un-secret-de-test-assez-long";
    private static final String SANS_GROUPE = "sansgroupe1";
    private static final String SANS_GROUPE_PASSWORD = "mot-de-passe-sans-groupe";

    /** Values typed by staff in DossierDriver: who the professional is, and the CLS-only family part. */
    private static final List<String> IDENTIFIANTS = List.of("Fictive", "jeanne.fictive@exemple.invalid", "06 12 34 56 78",
            "Remplaçante depuis deux ans");
    private static final List<String> ENVIRONNEMENT_FAMILIAL = List.of("En couple, deux enfants", "Maison à louer",
            "Conjoint enseignant");

    private String reference;

    @BeforeEach
    void dossierWithItsInterview() {
        if (engine.getIdentityService().createUserQuery().userId(SANS_GROUPE).count() == 0) {
            User user = engine.getIdentityService().newUser(SANS_GROUPE);
            user.setPassword(SANS_GROUPE_PASSWORD);
            engine.getIdentityService().saveUser(user);
        }
        reference = new DossierDriver(engine).start().proposerRendezVous().menerEntretien(true)
                .renseignerProjetProfessionnel().renseignerEnvironnement().reference();
    }

    private List<String> pages() {
        return List.of("/", "/dossiers", "/dossiers?q=" + reference, "/dossiers/" + reference, "/swagger-ui/index.html");
    }

    private List<String> endpoints() {
        return List.of("/api/dossiers?q=" + reference, "/api/dossiers/" + reference, "/api/dossiers/export.csv?q=" + reference,
                "/api/dossiers/export.xlsx?q=" + reference, "/v3/api-docs");
    }

    @Test
    void anonymousUsersGetTheLoginPageOrA401() {
        WebappSession anonymous = new WebappSession(baseUrl());
        for (String page : pages()) {
            HttpResponse<String> answer = anonymous.get(page);
            assertThat(answer.statusCode()).as(page).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElse("")).as(page).endsWith("/connexion");
        }
        for (String endpoint : endpoints()) {
            HttpResponse<String> answer = anonymous.get(endpoint);
            assertThat(answer.statusCode()).as(endpoint).isEqualTo(401);
            assertThat(answer.body()).as(endpoint).contains("Connexion requise");
        }
    }

    @Test
    void staffManagersAndAdministratorsOpenEveryPageAndEndpoint() {
        for (String user : List.of(TestStaff.CLS, TestStaff.CPTS, TestStaff.PILOTAGE, ADMIN)) {
            WebappSession session = signedIn(user);
            for (String path : concat(pages(), endpoints())) {
                assertThat(session.get(path).statusCode()).as(user + " " + path).isEqualTo(200);
            }
        }
    }

    @Test
    void aUserInNoGroupOfTheProtocolSeesNoDossier() {
        WebappSession session = new WebappSession(baseUrl());
        assertThat(session.signIn(SANS_GROUPE, SANS_GROUPE_PASSWORD)).isTrue();
        assertThat(session.get("/").statusCode()).isEqualTo(200);
        for (String path : List.of("/dossiers", "/dossiers/" + reference, "/api/dossiers", "/api/dossiers/" + reference,
                "/api/dossiers/export.csv", "/api/dossiers/export.xlsx")) {
            assertThat(session.get(path).statusCode()).as(path).isEqualTo(403);
        }
    }

    @Test
    void pilotageNeverReceivesIdentifyingData() throws IOException {
        WebappSession pilotage = signedIn(TestStaff.PILOTAGE);
        for (String path : List.of("/dossiers?q=" + reference, "/dossiers/" + reference, "/api/dossiers?q=" + reference,
                "/api/dossiers/" + reference, "/api/dossiers/export.csv?q=" + reference)) {
            String body = pilotage.get(path).body();
            assertThat(body).as(path).contains(reference);
            assertThat(body).as(path).doesNotContain(IDENTIFIANTS).doesNotContain(ENVIRONNEMENT_FAMILIAL);
        }
        String xlsx = cells(pilotage.getBytes("/api/dossiers/export.xlsx?q=" + reference).body());
        assertThat(xlsx).contains(reference).doesNotContain(IDENTIFIANTS);
        // Searching or sorting by name would tell a manager whether that person is accompanied.
        assertThat(pilotage.get("/api/dossiers?q=Fictive").body()).contains("\"total\":0");
        for (String path : List.of("/api/dossiers?tri=professionnel", "/api/dossiers/export.csv?tri=professionnel",
                "/api/dossiers/export.xlsx?tri=specialite")) {
            HttpResponse<String> refus = pilotage.get(path);
            assertThat(refus.statusCode()).as(path).isEqualTo(400);
            assertThat(refus.body()).as(path).contains("Tri indisponible");
        }
    }

    @Test
    void familyAndHousingDetailsStayWithTheCls() throws IOException {
        String clsFiche = signedIn(TestStaff.CLS).get("/dossiers/" + reference).body();
        assertThat(clsFiche).contains("Fictive").contains(ENVIRONNEMENT_FAMILIAL);

        WebappSession cpts = signedIn(TestStaff.CPTS);
        for (String path : List.of("/dossiers/" + reference, "/api/dossiers/" + reference)) {
            String body = cpts.get(path).body();
            assertThat(body).as(path).contains("Fictive").doesNotContain(ENVIRONNEMENT_FAMILIAL);
        }
        String table = cells(cpts.getBytes("/api/dossiers/export.xlsx?q=" + reference).body());
        assertThat(table).contains("Fictive").doesNotContain(ENVIRONNEMENT_FAMILIAL);
    }

    @Test
    void theOpenApiDocumentDescribesOurEndpoints() {
        String document = signedIn(TestStaff.CLS).get("/v3/api-docs").body();
        assertThat(document).contains("\"/api/dossiers\"", "\"/api/dossiers/{reference}\"",
                "\"/api/dossiers/export.csv\"", "\"/api/dossiers/export.xlsx\"");
    }

    private WebappSession signedIn(String user) {
        WebappSession session = new WebappSession(baseUrl());
        assertThat(session.signIn(user, ADMIN.equals(user) ? ADMIN_PASSWORD : TestStaff.password(user))).as(user).isTrue();
        return session;
    }

    private static String cells(byte[] xlsx) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getFirstSheet().openStream()
                    .flatMap(Row::stream).filter(java.util.Objects::nonNull).map(Cell::getRawValue)
                    .filter(java.util.Objects::nonNull).collect(Collectors.joining("|"));
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
