package fr.territoire.sante.installation.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs here, so docker-compose.yml is checked as far as it can be: Debian's
 * docker-compose validates it, and the variables it gives the application are the ones the
 * application reads.
 */
class DockerComposeTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    /** Read by Spring Boot's relaxed binding rather than a ${...} placeholder. */
    private static final Set<String> BOUND_BY_SPRING = Set.of("SPRING_PROFILES_ACTIVE", "CAMUNDA_BPM_ADMINUSER_ID",
            "CAMUNDA_BPM_ADMINUSER_PASSWORD");

    @Test
    @SuppressWarnings("unchecked")
    void composeFileIsValidAndSetsOnlyVariablesTheApplicationReads() throws Exception {
        Map<String, Object> config = new Yaml().load(composeConfig());
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) config.get("services");
        assertThat(services).containsKeys("postgres", "app", "mail");
        services.forEach((name, service) -> assertThat(service).as(name + " has a health check").containsKey("healthcheck"));

        Map<String, Object> appEnvironment = (Map<String, Object>) services.get("app").get("environment");
        Set<String> read = variablesReadByTheApplication();
        for (String variable : appEnvironment.keySet()) {
            assertThat(read.contains(variable) || BOUND_BY_SPRING.contains(variable))
                    .as("the application reads " + variable).isTrue();
        }
        assertThat(appEnvironment).containsKeys("POSTGRES_URL", "POSTGRES_USER", "POSTGRES_PASSWORD", "MAIL_HOST",
                "MAIL_PORT", "CAMUNDA_BPM_ADMINUSER_PASSWORD");
        assertThat(appEnvironment.get("SPRING_PROFILES_ACTIVE")).isEqualTo("postgres");
        assertThat(appEnvironment.get("POSTGRES_URL").toString()).startsWith("jdbc:postgresql://postgres:5432/");
        Map<String, Object> postgresEnvironment = (Map<String, Object>) services.get("postgres").get("environment");
        assertThat(appEnvironment.get("POSTGRES_PASSWORD")).isEqualTo(postgresEnvironment.get("POSTGRES_PASSWORD"));
        assertThat(appEnvironment.get("POSTGRES_USER")).isEqualTo(postgresEnvironment.get("POSTGRES_USER"));
    }

    private static String composeConfig() throws IOException, InterruptedException {
        ProcessBuilder command = new ProcessBuilder("docker-compose", "-f", "docker-compose.yml", "config").redirectErrorStream(true);
        command.environment().put("POSTGRES_PASSWORD", "mot-de-passe-de-verification");
        command.environment().put("CAMUNDA_BPM_ADMINUSER_PASSWORD", "mot-de-passe-admin-de-verification");
        Process process;
        try {
            process = command.start();
        } catch (IOException missing) {
            throw new AssertionError("docker-compose is not installed (Debian package docker-compose; .ci/run installs it)", missing);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static Set<String> variablesReadByTheApplication() throws IOException {
        Set<String> variables = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of("src", "main", "resources"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("application.*\\.ya?ml")).toList()) {
                Matcher matcher = PLACEHOLDER.matcher(Files.readString(file));
                while (matcher.find()) {
                    variables.add(matcher.group(1));
                }
            }
        }
        assertThat(variables).isNotEmpty();
        return variables;
    }

    @Test
    void everyVariableTheDefaultProfileNeedsHasADefaultOrIsSet() throws IOException {
        String application = Files.readString(Path.of("src", "main", "resources", "application.yaml"));
        List<String> withoutDefault = PLACEHOLDER.matcher(application).results()
                .filter(match -> application.charAt(match.end() - 1) == '}')
                .map(match -> match.group(1)).toList();
        assertThat(withoutDefault).as("the embedded default runs with nothing set").isEmpty();
    }
}
