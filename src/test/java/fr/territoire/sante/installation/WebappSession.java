package fr.territoire.sante.installation;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A browser on Camunda's webapps, over HTTP: it logs in the way their login page does (session
 * cookie, CSRF token handed out with the page and renewed with the session), then sends requests
 * with that session and token, as the webapps' scripts do.
 */
public final class WebappSession {

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    private String csrfToken = "";

    public WebappSession(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * Opens the webapp's page, posts the login form to it and, when the login succeeds, asks who is
     * logged in as the webapp does next, for the new session's token; returns the login's HTTP status.
     */
    public int logIn(String app, String user, String password) {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/camunda/app/" + app + "/default/")));
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", page.headers().firstValue("X-XSRF-TOKEN").orElse(""))
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (login.statusCode() == 200) {
            HttpResponse<String> me = send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default")));
            csrfToken = me.headers().firstValue("X-XSRF-TOKEN").orElseGet(this::csrfCookie);
        }
        return login.statusCode();
    }

    /** Posts JSON to a path of the webapps' API within the session, asking for the given media type. */
    public HttpResponse<String> postJson(String path, String accept, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Accept", accept)
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", csrfToken)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    /** The webapps hand the CSRF token out in a header or a cookie, and expect it back in a header. */
    private String csrfCookie() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        try {
            return browser.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(built.uri().toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
