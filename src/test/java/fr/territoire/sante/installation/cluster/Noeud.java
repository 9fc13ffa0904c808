package fr.territoire.sante.installation.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.test.util.TestSocketUtils;

/**
 * One application node: the packaged jar in a child JVM of its own, with its own HTTP port, its own job
 * executor (on, as in production) and its own engine host name, on the database the tests use. Child
 * processes rather than two Spring contexts in the test JVM: Camunda keeps its engines, the REST API's
 * engine lookup and the webapps in static registries, so two contexts in one JVM would share parts of one
 * node; two JVMs are two nodes as a load balancer would see them.
 */
final class Noeud implements AutoCloseable {

    static final Path JAR = Path.of("target", "accompagnement-installation.jar");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String nom;
    final int port;
    final Path journal;
    private final Process process;

    private Noeud(String nom, int port, Path journal, Process process) {
        this.nom = nom;
        this.port = port;
        this.journal = journal;
        this.process = process;
    }

    /** Starts the jar; {@link #attendrePret} waits until it answers. */
    static Noeud demarrer(String nom, int smtpPort, List<String> reglages) throws IOException {
        int port = TestSocketUtils.findAvailableTcpPort();
        Path dossier = Files.createDirectories(Path.of("target", "deux-noeuds"));
        Path journal = dossier.resolve(nom + ".log");
        List<String> commande = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", JAR.toString(),
                "--server.port=" + port,
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + env("POSTGRES_TEST_URL", "jdbc:postgresql://127.0.0.1:5432/accompagnement_test"),
                "--spring.datasource.username=" + env("POSTGRES_TEST_USER", "postgres"),
                "--spring.datasource.password=" + env("POSTGRES_TEST_PASSWORD", ""),
                "--spring.datasource.hikari.maximum-pool-size=8",
                "--camunda.bpm.admin-user.password=un-secret-de-test-assez-long",
                "--camunda.bpm.job-execution.enabled=true",
                // The engine's host name: its job metrics are reported under it (per-node share).
                "--camunda.bpm.generic-properties.properties.hostname=" + nom,
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--accompagnement.mail.pilotage=pilotage-test@exemple.invalid",
                "--accompagnement.rappels.planifie=false",
                "--logging.level.root=WARN",
                // What a 409 or a 503 was (classes and SQL states, never text): read in target/deux-noeuds/ when a test fails.
                "--logging.level.fr.territoire.sante.installation.errors=DEBUG"));
        commande.addAll(reglages);
        Process process = new ProcessBuilder(commande).redirectErrorStream(true).redirectOutput(journal.toFile()).start();
        return new Noeud(nom, port, journal, process);
    }

    void attendrePret(Duration delai) throws Exception {
        Instant limite = Instant.now().plus(delai);
        while (Instant.now().isBefore(limite)) {
            if (!process.isAlive()) {
                throw new AssertionError(nom + " stopped:\n" + fin());
            }
            try {
                HttpResponse<Void> reponse = HTTP.send(HttpRequest.newBuilder(URI.create(url("/actuator/health/readiness")))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (reponse.statusCode() == 200) {
                    return;
                }
            } catch (IOException pasEncore) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError(nom + " not ready after " + delai + ":\n" + fin());
    }

    String url(String chemin) {
        return "http://127.0.0.1:" + port + chemin;
    }

    /** A graceful stop (SIGTERM): Spring closes the engine, which reports its last metrics. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    String fin() {
        try {
            List<String> lignes = Files.readAllLines(journal);
            return String.join("\n", lignes.subList(Math.max(0, lignes.size() - 40), lignes.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static String env(String nom, String defaut) {
        String valeur = System.getenv(nom);
        return valeur == null || valeur.isBlank() ? defaut : valeur;
    }
}
