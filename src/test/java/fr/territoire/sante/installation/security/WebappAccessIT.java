package fr.territoire.sante.installation.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.IntegrationTest;
import fr.territoire.sante.installation.TestStaff;
import fr.territoire.sante.installation.WebappSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;

/** Who may log in to which webapp, and which Tasklist filters each group sees. */
class WebappAccessIT extends IntegrationTest {

    @Test
    void staffLogInToTasklistOnlyAndPilotageToCockpitOnly() {
        assertThat(login(TestStaff.CLS, "tasklist")).isEqualTo(200);
        assertThat(login(TestStaff.CPTS, "tasklist")).isEqualTo(200);
        assertThat(login(TestStaff.CLS, "cockpit")).isEqualTo(403);
        assertThat(login(TestStaff.PILOTAGE, "cockpit")).isEqualTo(200);
        assertThat(login(TestStaff.PILOTAGE, "tasklist")).isEqualTo(403);
        assertThat(login(TestStaff.CPTS, "admin")).isEqualTo(403);
    }

    @Test
    void eachGroupSeesItsOwnFrenchFilters() {
        assertThat(filtersSeenBy(TestStaff.CLS)).contains("Mes tâches", "Tâches CLS", "En retard").doesNotContain("Tâches CPTS");
        assertThat(filtersSeenBy(TestStaff.CPTS)).contains("Mes tâches", "Tâches CPTS", "En retard").doesNotContain("Tâches CLS");
        assertThat(filtersSeenBy(TestStaff.PILOTAGE)).isEmpty();
    }

    @Test
    void theHomePageLeadsToTheWebapps() throws Exception {
        HttpResponse<String> home = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                .send(HttpRequest.newBuilder(URI.create(baseUrl() + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.uri().getPath()).startsWith("/camunda/app/welcome");
    }

    private List<String> filtersSeenBy(String user) {
        engine.getIdentityService().setAuthentication(user, engine.getIdentityService().createGroupQuery()
                .groupMember(user).list().stream().map(g -> g.getId()).toList());
        try {
            return engine.getFilterService().createFilterQuery().list().stream().map(Filter::getName).toList();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** Logs in the way the webapps' login page does, CSRF token included; returns the HTTP status. */
    private int login(String user, String app) {
        return new WebappSession(baseUrl()).logIn(app, user, TestStaff.password(user));
    }
}
