package fr.territoire.sante.installation.security;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start outside the {@code demo} profile when the administrator's password is missing or
 * well known. Camunda would otherwise create the admin user with its id as password.
 * Runs after the config files are read, before any bean (and so before the admin user) is created.
 */
public class AdminPasswordGuard implements EnvironmentPostProcessor, Ordered {

    static final String DEMO_PROFILE = "demo";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.acceptsProfiles(Profiles.of(DEMO_PROFILE))) {
            return;
        }
        String adminId = environment.getProperty("camunda.bpm.admin-user.id");
        if (adminId == null || adminId.isBlank()) {
            return; // no administrator is created, so there is no password to protect
        }
        AdminPasswordPolicy.problemWith(adminId, environment.getProperty("camunda.bpm.admin-user.password"))
                .ifPresent(problem -> {
                    throw new UnsafeAdminPasswordException(problem);
                });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
