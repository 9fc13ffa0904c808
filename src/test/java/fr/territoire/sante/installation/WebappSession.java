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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser on Camunda's webapps, over HTTP: it signs in on the application's one login page
 * ({@code /connexion}, Spring Security's form with its CSRF token), opens the webapp, which hands out
 * Camunda's own CSRF token, then sends requests with that session and token, as the webapps' scripts do.
 * Redirects are not followed, so that a refusal (302 to the login page) is seen as such.
 */
public final class WebappSession {

    private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private String csrfToken = "";
    private String formToken = "";

    public WebappSession(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * Signs in on {@code /connexion}, then opens the webapp's page as a browser does next, for Camunda's
     * CSRF token. Returns an HTTP status as Camunda's former login endpoint did: 401 when the login page
     * refuses the credentials; otherwise the webapp page's status: 200 when the user may use the app, 403
     * when the webapp refuses the app to a signed-in user who lacks its authorization.
     */
    public int logIn(String app, String user, String password) {
        if (!signIn(user, password)) {
            return 401;
        }
        HttpResponse<String> page = get("/camunda/app/" + app + "/default/");
        if (page.statusCode() == 200) {
            csrfToken = page.headers().firstValue("X-XSRF-TOKEN").orElseGet(this::csrfCookie);
        }
        return page.statusCode();
    }

    /**
     * Posts the login form of {@code /connexion} with the token of its hidden {@code _csrf} field;
     * success is Spring Security's redirect anywhere but back to the page with {@code ?erreur}.
     */
    public boolean signIn(String user, String password) {
        HttpResponse<String> loginPage = get("/connexion");
        String form = "identifiant=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&motDePasse=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(hiddenCsrfToken(loginPage.body()), StandardCharsets.UTF_8);
        HttpResponse<String> posted = send(HttpRequest.newBuilder(uri("/connexion"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = posted.headers().firstValue("Location").orElse("");
        return posted.statusCode() == 302 && !location.contains("/connexion");
    }

    /**
     * A GET within the session (redirects not followed). The page's Spring Security token, when it has a
     * form, is kept for {@link #postForm}, as a browser posts the token of the page it shows.
     */
    public HttpResponse<String> get(String path) {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri(path)));
        if (CSRF_INPUT.matcher(page.body()).find()) {
            formToken = hiddenCsrfToken(page.body());
        }
        return page;
    }

    /**
     * Posts a form of our pages as a browser does ({@code application/x-www-form-urlencoded}), with the
     * {@code _csrf} token of the last page opened by {@link #get}. A value may be a collection: one field
     * per element, as checkboxes post. Redirects are not followed.
     */
    public HttpResponse<String> postForm(String path, Map<String, ?> formFields) {
        StringBuilder form = new StringBuilder("_csrf=").append(URLEncoder.encode(formToken, StandardCharsets.UTF_8));
        formFields.forEach((name, value) -> {
            Collection<?> values = value instanceof Collection<?> many ? many : List.of(String.valueOf(value));
            for (Object one : values) {
                form.append('&').append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                        .append('=').append(URLEncoder.encode(String.valueOf(one), StandardCharsets.UTF_8));
            }
        });
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
    }

    /** A GET within the session whose body is kept as bytes (a spreadsheet, a download). */
    public HttpResponse<byte[]> getBytes(String path) {
        HttpRequest request = HttpRequest.newBuilder(uri(path)).build();
        try {
            return browser.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts JSON to one of our own endpoints within the session, with the page's CSRF token as a header. */
    public HttpResponse<String> postOurJson(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", formToken)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Posts JSON to a path of the webapps' API within the session, asking for the given media type. */
    public HttpResponse<String> postJson(String path, String accept, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Accept", accept)
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", csrfToken)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * Any request within the session, with an empty body of the given type (none when null), sending
     * the last page's Spring Security token ({@code X-CSRF-TOKEN}) and the webapps' Camunda token
     * ({@code X-XSRF-TOKEN}) only when asked.
     */
    public HttpResponse<String> send(String method, String path, String contentType, boolean withTokens) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (withTokens) {
            request.header("X-CSRF-TOKEN", formToken).header("X-XSRF-TOKEN", csrfToken);
        }
        return send(request);
    }

    /** Camunda's CSRF token for the webapps' API, as the webapps' scripts read it (after {@link #logIn}). */
    public String camundaToken() {
        return csrfToken;
    }

    /** Spring Security's token, rendered by Thymeleaf as a hidden input of the login form. */
    static String hiddenCsrfToken(String html) {
        Matcher input = CSRF_INPUT.matcher(html);
        if (!input.find()) {
            throw new IllegalStateException("No _csrf field in the login page: " + html);
        }
        Matcher value = VALUE.matcher(input.group());
        if (!value.find()) {
            throw new IllegalStateException("No value in " + input.group());
        }
        return value.group(1);
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
