package fr.territoire.sante.installation.signin;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.IntegrationTest;
import fr.territoire.sante.installation.TestStaff;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Cookies as production serves them: HTTPS ends at a reverse proxy, which tells the application with
 * {@code X-Forwarded-Proto: https} (trusted from the loopback here, from internal addresses in
 * production). Every cookie is then {@code Secure}, the session cookie {@code HttpOnly}, both
 * {@code SameSite=Lax}, and the browser is told to stay on HTTPS; over plain HTTP (a developer's machine)
 * the cookies work without {@code Secure}.
 */
class CookiesHttpsIT extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]*)\"");

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> jar = new LinkedHashMap<>();

    @Test
    void behindTheHttpsProxyEveryCookieIsSecureHttpOnlyForTheSessionAndSameSite() {
        HttpResponse<String> loginPage = send("GET", "/connexion", null, true);
        assertThat(loginPage.headers().firstValue("Strict-Transport-Security")).isPresent();
        String token = token(loginPage.body());
        HttpResponse<String> signedIn = send("POST", "/connexion", "identifiant=" + TestStaff.CLS + "&motDePasse="
                + URLEncoder.encode(TestStaff.password(TestStaff.CLS), StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token, StandardCharsets.UTF_8), true);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).startsWith("https://").doesNotContain("/connexion");
        String session = setCookie(signedIn, "JSESSIONID");
        assertThat(session).as("session cookie after sign-in").containsIgnoringCase("; Secure").containsIgnoringCase("; HttpOnly")
                .containsIgnoringCase("SameSite=Lax");

        HttpResponse<String> tasklist = send("GET", "/camunda/app/tasklist/default/", null, true);
        assertThat(tasklist.statusCode()).isEqualTo(200);
        String csrf = setCookie(tasklist, "XSRF-TOKEN");
        assertThat(csrf).as("the webapps' CSRF cookie").containsIgnoringCase("; Secure").containsIgnoringCase("SameSite=Lax");
        assertThat(tasklist.headers().allValues("Set-Cookie")).allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("Secure"));
    }

    @Test
    void overPlainHttpTheCookiesAreNotMarkedSecure() {
        HttpResponse<String> loginPage = send("GET", "/connexion", null, false);
        assertThat(loginPage.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(setCookie(loginPage, "JSESSIONID")).containsIgnoringCase("HttpOnly").doesNotContainIgnoringCase("Secure");
    }

    private static String setCookie(HttpResponse<String> response, String name) {
        List<String> cookies = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).toList();
        assertThat(cookies).as(name + " set by " + response.uri()).hasSize(1);
        return cookies.get(0);
    }

    private static String token(String html) {
        Matcher field = CSRF.matcher(html);
        assertThat(field.find()).isTrue();
        return field.group(1);
    }

    private HttpResponse<String> send(String method, String path, String form, boolean https) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .method(method, form == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(form));
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        if (https) {
            request.header("X-Forwarded-Proto", "https");
        }
        if (!jar.isEmpty()) {
            request.header("Cookie", String.join("; ", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                String pair = cookie.split(";", 2)[0];
                jar.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
