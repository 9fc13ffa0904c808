package fr.territoire.sante.installation.operations;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.test.util.TestSocketUtils;

/**
 * The packaged application ({@code target/accompagnement-installation.jar}) run as a child process on a
 * PostgreSQL database, as in production ({@code postgres} profile, job executor on), with a random admin
 * password; and a small HTTP client for it (Basic credentials, bounded waits).
 */
final class ApplicationLancee implements AutoCloseable {

    static final Path JAR = Path.of("target", "accompagnement-installation.jar");
    static final String ADMIN = "admin";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String url;
    private final String motDePasseAdmin;
    private final Path journal;
    private final int port;
    private Process process;

    private ApplicationLancee(String url, String motDePasseAdmin, Path journal, int port) {
        this.url = url;
        this.motDePasseAdmin = motDePasseAdmin;
        this.journal = journal;
        this.port = port;
    }

    /** Where a test's application writes its log, kept after the test for diagnosis: {@code target/fault-tests/<name>.log}. */
    static Path journal(String nom) throws IOException {
        Path dossier = Files.createDirectories(Path.of("target", "fault-tests"));
        Path journal = dossier.resolve(nom + ".log");
        Files.deleteIfExists(journal);
        return journal;
    }

    /** An application on {@code jdbcUrl} (user postgres, no password), not started yet. */
    static ApplicationLancee sur(String jdbcUrl, Path journal) throws IOException {
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        return new ApplicationLancee(jdbcUrl, "admin-" + HexFormat.of().formatHex(secret), journal, TestSocketUtils.findAvailableTcpPort());
    }

    /** Starts the jar (the log appended to {@code journal}) and waits until it is ready; returns how long that took. */
    Duration demarrer(String... reglages) throws Exception {
        List<String> ligne = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", JAR.toString(),
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--server.port=" + port, "--camunda.bpm.admin-user.password=" + motDePasseAdmin,
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + TestSocketUtils.findAvailableTcpPort()));
        ligne.addAll(List.of(reglages));
        Instant debut = Instant.now();
        process = new ProcessBuilder(ligne).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(journal.toFile())).start();
        Instant limite = debut.plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(limite)) {
            if (!process.isAlive()) {
                throw new AssertionError("the application stopped:\n" + fin());
            }
            try {
                if (get(null, "/actuator/health/readiness").statusCode() == 200) {
                    return Duration.between(debut, Instant.now());
                }
            } catch (IOException pasEncore) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not ready after 5 minutes:\n" + fin());
    }

    /** SIGKILL: no shutdown hook, no graceful end of requests or transactions. */
    void tuer() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the application survived SIGKILL");
        }
    }

    String adresse() {
        return "http://127.0.0.1:" + port;
    }

    String motDePasseAdmin() {
        return motDePasseAdmin;
    }

    HttpResponse<String> get(String[] identifiants, String chemin) throws IOException, InterruptedException {
        return envoyer(identifiants, "GET", chemin, null);
    }

    HttpResponse<String> envoyer(String[] identifiants, String methode, String chemin, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder requete = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + chemin))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(methode, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            requete.header("Content-Type", "application/json");
        }
        if (identifiants != null) {
            String basic = identifiants[0] + ":" + identifiants[1];
            requete.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(requete.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    String[] admin() {
        return new String[] {ADMIN, motDePasseAdmin};
    }

    String fin() throws IOException {
        if (!Files.exists(journal)) {
            return "(no output)";
        }
        List<String> lignes = Files.readAllLines(journal);
        return String.join("\n", lignes.subList(Math.max(0, lignes.size() - 40), lignes.size()));
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
