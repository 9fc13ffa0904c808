package fr.territoire.sante.installation.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.territoire.sante.installation.IntegrationTest;
import fr.territoire.sante.installation.TestStaff;
import fr.territoire.sante.installation.identity.Groups;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One login for our pages and Camunda's webapps: signing in once on {@code /connexion} opens both,
 * signing out from either ends both; CSRF protection stays on for the form and our logout; the REST
 * API keeps its own HTTP Basic. Each test is a fresh browser (cookie jar) that follows no redirect, so
 * that every 302 is seen.
 */
class SingleLoginIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF_VALUE = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]*)\"|value=\"([^\"]*)\"[^>]*name=\"_csrf\"");

    /** Wrong passwords are tried on this user only: the engine delays the next login of a user after a failure. */
    private static final String DISTRAIT = "distrait1";

    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void createAUserWhoMistypes() {
        IdentityService identity = engine.getIdentityService();
        TestStaff.ensureUser(identity, DISTRAIT, DISTRAIT, Groups.CLS);
    }

    @Test
    void anonymousPagesGoToTheLoginPageAndAnonymousApiCallsGet401() throws Exception {
        assertRedirectedTo(get("/"), "/connexion");
        assertRedirectedTo(get("/camunda/app/tasklist/default/"), "/connexion");

        HttpResponse<String> api = get("/api/dossiers");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(JSON.readTree(api.body()).path("message").asText()).isEqualTo("Connexion requise : connectez-vous sur /connexion.");

        assertThat(get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
        assertThat(rest(null, "GET", "/task/count", null).statusCode()).as("REST API without credentials").isEqualTo(401);
        assertThat(rest(TestStaff.CLS, "GET", "/task/count", null).statusCode()).as("REST API, HTTP Basic").isEqualTo(200);
    }

    @Test
    void theHomePageGreetsUsersByTheFirstNameAdminKnows() throws Exception {
        IdentityService identity = engine.getIdentityService();
        String id = "prenom1";
        TestStaff.ensureUser(identity, id, "Dominique", Groups.CPTS);
        assertThat(signIn(id, TestStaff.password(id)).statusCode()).isEqualTo(302);

        assertThat(get("/").body()).contains("<h1>Bonjour <span>Dominique</span></h1>");
    }

    @Test
    void aClsMemberSignsInOnceForOurPagesAndTasklist() throws Exception {
        HttpResponse<String> signedIn = signIn(TestStaff.CLS, TestStaff.password(TestStaff.CLS));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("/connexion");

        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Bonjour").contains(TestStaff.CLS);
        assertThat(get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);

        // The webapps' session is opened by their pages and engine API calls (ContainerBasedAuthenticationFilter),
        // as in a browser, where Tasklist's page comes before its « who is signed in » call.
        HttpResponse<String> me = get("/camunda/api/admin/auth/user/default");
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(JSON.readTree(me.body()).path("userId").asText()).isEqualTo(TestStaff.CLS);
        HttpResponse<String> count = get("/camunda/api/engine/engine/default/task/count");
        assertThat(count.statusCode()).as(count.body()).isEqualTo(200);
        assertThat(JSON.readTree(count.body()).has("count")).isTrue();
    }

    @Test
    void aWrongPasswordGoesBackToTheLoginPageSignedOut() {
        HttpResponse<String> refused = signIn(DISTRAIT, "pas-le-bon-mot-de-passe");
        assertRedirectedTo(refused, "/connexion?erreur");
        assertThat(get("/connexion?erreur").body()).contains("Identifiant ou mot de passe incorrect.");
        assertRedirectedTo(get("/"), "/connexion");
        assertThat(get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
    }

    @Test
    void theLoginFormAndOurLogoutNeedSpringsCsrfToken() {
        HttpResponse<String> noToken = post("/connexion", "identifiant=" + TestStaff.CLS
                + "&motDePasse=" + URLEncoder.encode(TestStaff.password(TestStaff.CLS), StandardCharsets.UTF_8));
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertRedirectedTo(get("/"), "/connexion");

        signIn(TestStaff.CLS, TestStaff.password(TestStaff.CLS));
        assertThat(post("/deconnexion", "").statusCode()).isEqualTo(403);
        assertThat(get("/").statusCode()).as("still signed in").isEqualTo(200);
        assertThat(get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
        assertThat(get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(200);
    }

    @Test
    void theWebappsLogoutSignsOutOfEverything() {
        signIn(TestStaff.CLS, TestStaff.password(TestStaff.CLS));
        HttpResponse<String> tasklist = get("/camunda/app/tasklist/default/");
        String camundaToken = tasklist.headers().firstValue("X-XSRF-TOKEN").orElseGet(this::camundaCsrfCookie);
        assertThat(camundaToken).isNotEmpty();

        HttpResponse<String> logout = send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/logout"))
                .header("X-XSRF-TOKEN", camundaToken)
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(logout.statusCode()).isEqualTo(200);

        assertRedirectedTo(get("/"), "/connexion");
        assertThat(get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
    }

    @Test
    void ourLogoutSignsOutOfTheWebappsToo() {
        signIn(TestStaff.CLS, TestStaff.password(TestStaff.CLS));
        assertThat(get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
        assertThat(get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(200);

        HttpResponse<String> home = get("/");
        HttpResponse<String> logout = post("/deconnexion", "_csrf=" + encode(csrfField(home.body())));
        assertRedirectedTo(logout, "/connexion?deconnexion");

        assertThat(get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
        assertRedirectedTo(get("/"), "/connexion");
        assertThat(get("/connexion?deconnexion").body()).contains("Vous êtes déconnecté·e de toutes les applications.");
    }

    /** The login page's form, posted with the token of its hidden field. */
    private HttpResponse<String> signIn(String user, String password) {
        String token = csrfField(get("/connexion").body());
        return post("/connexion", "identifiant=" + encode(user) + "&motDePasse=" + encode(password) + "&_csrf=" + encode(token));
    }

    private static void assertRedirectedTo(HttpResponse<String> response, String pathAndQuery) {
        assertThat(response.statusCode()).as(response.uri() + " answered").isEqualTo(302);
        URI location = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
        String actual = location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
        assertThat(actual).as(response.uri() + " redirects to").isEqualTo(pathAndQuery);
    }

    private static String csrfField(String html) {
        Matcher field = CSRF_VALUE.matcher(html);
        assertThat(field.find()).as("hidden _csrf field in " + html).isTrue();
        return field.group(1) != null ? field.group(1) : field.group(2);
    }

    private String camundaCsrfCookie() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)));
    }

    private HttpResponse<String> post(String path, String form) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return browser.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
