package fr.territoire.sante.installation.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.territoire.sante.installation.AccompagnementApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

/** Outside the demo profile, start-up is refused with a missing or well-known admin password. */
class AdminPasswordGuardTest {

    private final AdminPasswordGuard guard = new AdminPasswordGuard();

    @Test
    void theApplicationRefusesToStartWithoutAnAdminPassword() {
        assertThatThrownBy(() -> start("camunda.bpm.admin-user.password="))
                .isInstanceOf(UnsafeAdminPasswordException.class)
                .hasMessage("Refusing to start: no administrator password is configured (set CAMUNDA_BPM_ADMINUSER_PASSWORD).");
    }

    @Test
    void theApplicationRefusesToStartWithAWellKnownPassword() {
        for (String known : new String[] {"admin", "demo", "camunda", "Password", "azerty"}) {
            assertThatThrownBy(() -> start("camunda.bpm.admin-user.password=" + known))
                    .as(known).isInstanceOf(UnsafeAdminPasswordException.class).hasMessageContaining("well-known");
        }
    }

    @Test
    void thePasswordMayNotBeTheAdminIdNorShort() {
        assertThat(check("chef-de-projet-cls", "chef-de-projet-cls", null)).contains("well-known");
        assertThat(check("admin", "court", null)).contains("shorter than 12");
        assertThat(check("admin", "une phrase de passe assez longue", null)).isNull();
    }

    @Test
    void theDemoProfileAcceptsTheTrialPassword() {
        assertThat(check("admin", "admin", "demo")).isNull();
    }

    @Test
    void theRefusalIsExplainedInOneLineWithTheRemedy() {
        FailureAnalysis analysis = new UnsafeAdminPasswordFailureAnalyzer()
                .analyze(new UnsafeAdminPasswordException("no administrator password is configured"));
        assertThat(analysis.getDescription()).doesNotContain("\n");
        assertThat(analysis.getAction()).contains("CAMUNDA_BPM_ADMINUSER_PASSWORD");
    }

    private static String check(String id, String password, String profile) {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("camunda.bpm.admin-user.id", id)
                .withProperty("camunda.bpm.admin-user.password", password);
        if (profile != null) {
            environment.setActiveProfiles(profile);
        }
        try {
            new AdminPasswordGuard().postProcessEnvironment(environment, new SpringApplication());
            return null;
        } catch (UnsafeAdminPasswordException refused) {
            return refused.getMessage();
        }
    }

    /** Starts the real application; the guard stops it before any bean or database exists. */
    private static void start(String passwordProperty) {
        new SpringApplicationBuilder(AccompagnementApplication.class)
                .web(WebApplicationType.NONE)
                .properties("camunda.bpm.admin-user.id=admin", passwordProperty,
                        "spring.datasource.url=jdbc:h2:mem:guard-test", "spring.main.banner-mode=off")
                .run()
                .close();
    }
}
