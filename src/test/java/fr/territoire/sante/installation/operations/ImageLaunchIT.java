package fr.territoire.sante.installation.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.util.TestSocketUtils;
import org.yaml.snakeyaml.Yaml;

/**
 * What the image does, without a Docker engine: src/main/docker/launch.sh prepares the packaged jar
 * (extraction, training start, class data sharing archive) and starts it the way the image does, and
 * the health check docker-compose.yml gives the container finds it ready. Runs after {@code package}.
 */
class ImageLaunchIT {

    private static final Path JAR = Path.of("target", "accompagnement-installation.jar");
    private static final Path LAUNCH = Path.of("src", "main", "docker", "launch.sh");
    private static final String OUR_MAIN_CLASS = "fr.territoire.sante.installation.AccompagnementApplication";

    @Test
    void theApplicationStartsWithTheClassesItsTrainingStartArchived(@TempDir Path image) throws Exception {
        assertThat(JAR).as("the packaged jar (mvn package runs before the integration tests)").exists();
        Process prepare = new ProcessBuilder("sh", LAUNCH.toString(), "prepare", JAR.toString(), image.toString())
                .redirectErrorStream(true).redirectOutput(image.resolve("prepare.log").toFile()).start();
        assertThat(prepare.waitFor(5, TimeUnit.MINUTES)).as("training start finished").isTrue();
        assertThat(prepare.exitValue()).as(tail(image.resolve("prepare.log"))).isZero();
        assertThat(image.resolve("application.jsa")).isNotEmptyFile();

        int port = TestSocketUtils.findAvailableTcpPort();
        Path classLoading = image.resolve("class-loading.log");
        ProcessBuilder start = new ProcessBuilder("sh", LAUNCH.toString(), "start", image.toString(),
                "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:mem:image",
                "--camunda.bpm.admin-user.password=" + randomSecret(),
                "--camunda.bpm.job-execution.enabled=false")
                .redirectErrorStream(true).redirectOutput(image.resolve("start.log").toFile());
        // -Xshare:on: a start that cannot map the archive fails instead of quietly loading every class.
        start.environment().put("JAVA_OPTS", "-Xshare:on -Xlog:class+load=info:file=" + classLoading);
        Process application = start.start();
        try {
            awaitHealthy(application, port, image.resolve("start.log"));
            try (Stream<String> lines = Files.lines(classLoading)) {
                assertThat(lines.filter(line -> line.contains(" " + OUR_MAIN_CLASS + " ")))
                        .as("our main class came from the archive the training start wrote")
                        .singleElement().asString().contains("source: shared objects file (top)");
            }
        } finally {
            application.destroy();
            application.waitFor(30, TimeUnit.SECONDS);
            application.destroyForcibly();
        }
    }

    @Test
    void theHealthCheckFailsWhenNothingAnswers() throws Exception {
        Process check = healthCheck(TestSocketUtils.findAvailableTcpPort()).start();
        assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).isNotZero();
    }

    private static void awaitHealthy(Process application, int port, Path log) throws Exception {
        ProcessBuilder healthCheck = healthCheck(port);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            assertThat(application.isAlive()).as("the application is running:\n" + tail(log)).isTrue();
            Process check = healthCheck.start();
            if (check.waitFor(10, TimeUnit.SECONDS) && check.exitValue() == 0) {
                return;
            }
            check.destroyForcibly();
            Thread.sleep(500);
        }
        throw new AssertionError("not ready after 3 minutes:\n" + tail(log));
    }

    /** The app service's health check from docker-compose.yml, pointed at {@code port} instead of 8080. */
    @SuppressWarnings("unchecked")
    private static ProcessBuilder healthCheck(int port) throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
        Map<String, Object> app = ((Map<String, Map<String, Object>>) compose.get("services")).get("app");
        List<String> test = (List<String>) ((Map<String, Object>) app.get("healthcheck")).get("test");
        assertThat(test.get(0)).as("an exec-form health check").isEqualTo("CMD");
        List<String> command = new ArrayList<>();
        for (String word : test.subList(1, test.size())) {
            command.add(word.replace("/8080", "/" + port));
        }
        assertThat(command).as("the check names the port it asks").anyMatch(word -> word.contains("/" + port));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    }

    private static String randomSecret() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return "image-test-" + HexFormat.of().formatHex(bytes);
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(no output)";
        }
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
