package fr.territoire.sante.installation.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.IntegrationTest;
import fr.territoire.sante.installation.TestStaff;
import fr.territoire.sante.installation.WebappSession;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * /mes-rappels on PostgreSQL: anonymous users are sent to the login page; a CPTS member turns their own
 * digest off and on again, which changes nobody else's.
 */
class MesRappelsIT extends IntegrationTest {

    @Autowired
    PreferencesRappel preferences;

    @Test
    void anonymousUsersAreSentToTheLoginPage() {
        HttpResponse<String> page = new WebappSession(baseUrl()).get("/mes-rappels");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/connexion");
    }

    @Test
    void aMemberTurnsTheirOwnDigestOffAndOnAgain() {
        WebappSession cpts = new WebappSession(baseUrl());
        assertThat(cpts.signIn(TestStaff.CPTS, TestStaff.password(TestStaff.CPTS))).isTrue();
        assertThat(cpts.get("/mes-rappels").body()).contains("Mes rappels par courriel", "checked");

        HttpResponse<String> off = cpts.postForm("/mes-rappels", Map.of());
        assertThat(off.statusCode()).isEqualTo(302);
        assertThat(preferences.recoit(TestStaff.CPTS)).isFalse();
        assertThat(preferences.recoit(TestStaff.CLS)).as("nobody else's").isTrue();
        assertThat(cpts.get("/mes-rappels").body()).contains("Vous ne recevrez plus le rappel quotidien.");

        cpts.postForm("/mes-rappels", Map.of("actif", "true"));
        assertThat(preferences.recoit(TestStaff.CPTS)).isTrue();
    }
}
