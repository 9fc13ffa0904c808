package fr.territoire.sante.installation.benchmark;

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
 * A staff member's browser on Tasklist, over HTTP: logs in the way the login page does (session
 * cookie, CSRF token), then asks for a filter's first page the way Tasklist does — through the
 * webapp's own API, in HAL, with Tasklist's default order appended. The engine answers that request
 * with the page, the filter's count, and what the page embeds (assignees, process definitions, the
 * variables the filter shows).
 */
final class TasklistHttp {

    /** What Tasklist posts when the user has chosen no sort and typed no search. */
    private static final String TASKLIST_BODY = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
            + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    private String csrfToken = "";

    TasklistHttp(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    TasklistHttp logIn(String user, String password) {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/app/tasklist/default/")).build());
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", page.headers().firstValue("X-XSRF-TOKEN").orElse(""))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (login.statusCode() != 200) {
            throw new IllegalStateException("Tasklist login of " + user + " answered " + login.statusCode());
        }
        // As Tasklist does next: who am I? The answer carries the new session's CSRF token.
        HttpResponse<String> me = send(HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/api/admin/auth/user/default")).build());
        csrfToken = me.headers().firstValue("X-XSRF-TOKEN").orElseGet(this::csrfCookie);
        return this;
    }

    /** Tasklist's request for the filter's first page; returns the response body (HAL JSON). */
    String firstPage(String filterId, int rows) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/api/engine/engine/default/filter/"
                        + filterId + "/list?firstResult=0&maxResults=" + rows))
                .header("Accept", "application/hal+json")
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", csrfToken)
                .POST(HttpRequest.BodyPublishers.ofString(TASKLIST_BODY)).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Tasklist's list request answered " + response.statusCode() + " " + response.headers().map()
                    + ": " + response.body());
        }
        return response.body();
    }

    /** The webapps hand the CSRF token out in a header or a cookie, and expect it back in a header. */
    private String csrfCookie() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return browser.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri().toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
