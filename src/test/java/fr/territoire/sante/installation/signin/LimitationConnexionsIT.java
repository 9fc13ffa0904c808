package fr.territoire.sante.installation.signin;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.IntegrationTest;
import fr.territoire.sante.installation.TestStaff;
import fr.territoire.sante.installation.WebappSession;
import fr.territoire.sante.installation.identity.Groups;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Login throttling, the engine's ({@code login-*} in application.yaml), as a person meets it on the login
 * page and a script on the REST API: after a failure the user's logins wait, even with the right password,
 * and the page says so in French; twenty failures in a row block the user until an administrator unlocks
 * them. The engine's clock is moved (not waited for) past the longer suspensions.
 */
class LimitationConnexionsIT extends IntegrationTest {

    private static final String USER = "etourdi1";

    private IdentityService identity;

    @BeforeEach
    void aUserWithNoFailure() {
        identity = engine.getIdentityService();
        TestStaff.ensureUser(identity, USER, USER, Groups.CLS);
        identity.unlockUser(USER);
    }

    @AfterEach
    void engineClockBack() {
        ClockUtil.reset();
    }

    @Test
    void aFailureSuspendsTheLoginsEvenWithTheRightPasswordThenTheyResume() {
        Date start = new Date();
        ClockUtil.setCurrentTime(start);
        assertThat(login("pas-le-bon")).endsWith("/connexion?erreur");

        assertThat(login(TestStaff.password(USER))).as("right password while suspended").endsWith("/connexion?suspendu");
        assertThat(new WebappSession(baseUrl()).get("/connexion?suspendu").body())
                .contains("Trop de tentatives de connexion échouées pour cet").contains("la connexion est suspendue");
        assertThat(rest(USER, "GET", "/task/count", null).statusCode()).as("REST API while suspended").isEqualTo(401);
        assertThat(failures()).as("attempts while suspended are not counted").isEqualTo(1);

        // The first suspension lasts login-delay-base (3 s) of the engine's clock.
        assertThat(lockExpiration().getTime() - start.getTime()).isEqualTo(3_000L);
        ClockUtil.setCurrentTime(new Date(start.getTime() + 2_900));
        assertThat(login(TestStaff.password(USER))).as("still suspended").endsWith("/connexion?suspendu");
        ClockUtil.setCurrentTime(new Date(start.getTime() + 3_100));

        assertThat(login(TestStaff.password(USER))).as("right password once the suspension is over").doesNotContain("/connexion");
        assertThat(failures()).as("a success starts the count again").isZero();
        assertThat(rest(USER, "GET", "/task/count", null).statusCode()).isEqualTo(200);
    }

    @Test
    void eachFailureDoublesTheWaitAndTwentyInARowBlockTheUserUntilAnAdministratorUnlocksThem() {
        Date now = new Date();
        long[] waits = new long[20];
        for (int failure = 1; failure <= 20; failure++) {
            long t0 = System.nanoTime();
            ClockUtil.setCurrentTime(now);
            assertThat(login("pas-le-bon")).as("failure " + failure).endsWith("/connexion?erreur");
            waits[failure - 1] = (lockExpiration().getTime() - now.getTime()) / 1000;
            now = new Date(lockExpiration().getTime() + 1000);
            System.out.printf("failure %d: %d ms%n", failure, (System.nanoTime() - t0) / 1_000_000);
        }
        assertThat(waits).startsWith(3, 6, 12, 24, 48, 96, 192, 384, 768, 900).endsWith(900);

        ClockUtil.setCurrentTime(new Date(now.getTime() + 86_400_000L));
        assertThat(login(TestStaff.password(USER))).as("blocked, right password").endsWith("/connexion?bloque");
        assertThat(new WebappSession(baseUrl()).get("/connexion?bloque").body())
                .contains("Cet identifiant est bloqué").contains("Demandez à un administrateur de le débloquer");
        assertThat(rest(USER, "GET", "/task/count", null).statusCode()).isEqualTo(401);

        identity.unlockUser(USER);
        assertThat(login(TestStaff.password(USER))).as("unlocked by an administrator").doesNotContain("/connexion");
    }

    /** Posts the login form; returns where Spring Security sends the browser. */
    private String login(String password) {
        WebappSession browser = new WebappSession(baseUrl());
        browser.get("/connexion");
        HttpResponse<String> posted = browser.postForm("/connexion", Map.of("identifiant", USER, "motDePasse", password));
        assertThat(posted.statusCode()).isEqualTo(302);
        return posted.headers().firstValue("Location").orElseThrow();
    }

    private UserEntity entity() {
        return (UserEntity) identity.createUserQuery().userId(USER).singleResult();
    }

    private int failures() {
        return entity().getAttempts();
    }

    private Date lockExpiration() {
        return entity().getLockExpirationTime();
    }
}
