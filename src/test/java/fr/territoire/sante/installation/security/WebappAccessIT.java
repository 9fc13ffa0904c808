package fr.territoire.sante.installation.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.territoire.sante.installation.IntegrationTest;
import fr.territoire.sante.installation.TestStaff;
import fr.territoire.sante.installation.WebappSession;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;

/**
 * Who may use which webapp, and which Tasklist filters each group sees. Everyone signs in on the one
 * login page; the webapps then refuse (403) an app to a user who lacks its authorization.
 */
class WebappAccessIT extends IntegrationTest {

    @Test
    void staffOpenTasklistOnlyAndPilotageCockpitOnly() {
        assertThat(login(TestStaff.CLS, "tasklist")).isEqualTo(200);
        assertThat(login(TestStaff.CPTS, "tasklist")).isEqualTo(200);
        assertThat(login(TestStaff.CLS, "cockpit")).isEqualTo(403);
        assertThat(login(TestStaff.PILOTAGE, "cockpit")).isEqualTo(200);
        assertThat(login(TestStaff.PILOTAGE, "tasklist")).isEqualTo(403);
        assertThat(login(TestStaff.CPTS, "admin")).isEqualTo(403);
        assertThat(new WebappSession(baseUrl()).logIn("tasklist", "inconnu", "mot-de-passe-inconnu")).isEqualTo(401);
    }

    @Test
    void theWebappsKnowWhichAppsTheSignedInUserMayUse() throws Exception {
        assertThat(authorizedApps(TestStaff.CLS)).contains("tasklist").doesNotContain("cockpit", "admin");
        assertThat(authorizedApps(TestStaff.PILOTAGE)).contains("cockpit").doesNotContain("tasklist", "admin");
    }

    @Test
    void eachGroupSeesItsOwnFrenchFilters() {
        assertThat(filtersSeenBy(TestStaff.CLS)).contains("Mes tâches", "Tâches CLS", "En retard").doesNotContain("Tâches CPTS");
        assertThat(filtersSeenBy(TestStaff.CPTS)).contains("Mes tâches", "Tâches CPTS", "En retard").doesNotContain("Tâches CLS");
        assertThat(filtersSeenBy(TestStaff.PILOTAGE)).isEmpty();
    }

    @Test
    void theHomePageLeadsEachUserToTheirWebapps() {
        assertThat(homePageOf(TestStaff.CLS)).contains("href=\"/camunda/app/tasklist/default/\"")
                .doesNotContain("href=\"/camunda/app/cockpit/default/\"", "href=\"/camunda/app/admin/default/\"");
        assertThat(homePageOf(TestStaff.PILOTAGE)).contains("href=\"/camunda/app/cockpit/default/\"")
                .doesNotContain("href=\"/camunda/app/tasklist/default/\"", "href=\"/camunda/app/admin/default/\"");
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

    /** Signs in on /connexion, then opens the app's page; returns that page's HTTP status. */
    private int login(String user, String app) {
        return new WebappSession(baseUrl()).logIn(app, user, TestStaff.password(user));
    }

    private String homePageOf(String user) {
        WebappSession session = new WebappSession(baseUrl());
        assertThat(session.signIn(user, TestStaff.password(user))).isTrue();
        HttpResponse<String> home = session.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        return home.body();
    }

    /** What the webapps ask after loading: who is signed in, and for which apps. */
    private List<String> authorizedApps(String user) throws Exception {
        WebappSession session = new WebappSession(baseUrl());
        assertThat(session.signIn(user, TestStaff.password(user))).isTrue();
        assertThat(session.get("/camunda/app/welcome/default/").statusCode()).isEqualTo(200);
        HttpResponse<String> me = session.get("/camunda/api/admin/auth/user/default");
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        List<String> apps = new ArrayList<>();
        new ObjectMapper().readTree(me.body()).path("authorizedApps").forEach(app -> apps.add(app.asText()));
        return apps;
    }
}
