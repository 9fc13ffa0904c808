package fr.territoire.sante.installation.benchmark;

import fr.territoire.sante.installation.WebappSession;
import java.net.http.HttpResponse;

/**
 * A staff member's browser on Tasklist, over HTTP: signs in on the application's login page, then asks
 * for a filter's first page the way Tasklist does — through the webapp's own API, in HAL, with
 * Tasklist's default order appended. The engine answers that request with the page, the filter's
 * count, and what the page embeds (assignees, process definitions, the variables the filter shows).
 */
final class TasklistHttp {

    /** What Tasklist posts when the user has chosen no sort and typed no search. */
    private static final String TASKLIST_BODY = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
            + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";

    private final WebappSession session;

    TasklistHttp(int port) {
        this.session = new WebappSession("http://127.0.0.1:" + port);
    }

    TasklistHttp logIn(String user, String password) {
        int status = session.logIn("tasklist", user, password);
        if (status != 200) {
            throw new IllegalStateException("Tasklist login of " + user + " answered " + status);
        }
        return this;
    }

    /** Tasklist's request for the filter's first page; returns the response body (HAL JSON). */
    String firstPage(String filterId, int rows) {
        HttpResponse<String> response = session.postJson("/camunda/api/engine/engine/default/filter/" + filterId
                + "/list?firstResult=0&maxResults=" + rows, "application/hal+json", TASKLIST_BODY);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Tasklist's list request answered " + response.statusCode() + " " + response.headers().map()
                    + ": " + response.body());
        }
        return response.body();
    }
}
