package fr.territoire.sante.installation.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.springframework.test.util.TestSocketUtils;

/**
 * A PostgreSQL cluster of our own, in a temporary folder, on a free loopback port, trust authentication:
 * tests may stop and start it, and kill applications on it, without touching the machine's shared
 * cluster. Built from the Debian package's binaries ({@code /usr/lib/postgresql/<version>/bin}); as root
 * (CI), initdb and pg_ctl run as the {@code postgres} system user, since initdb refuses root. Closing it
 * stops the server and deletes the folder; a shutdown hook does the same if the test JVM ends first.
 */
final class PostgresJetable implements AutoCloseable {

    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    private final Path bin;
    private final Path dossier;
    private final Path donnees;
    private final int port;
    private final Thread nettoyage = new Thread(this::detruire, "postgres-jetable-nettoyage");

    private PostgresJetable(Path bin, Path dossier, int port) {
        this.bin = bin;
        this.dossier = dossier;
        this.donnees = dossier.resolve("data");
        this.port = port;
    }

    /** Creates and starts a cluster with one database, {@code base}, owned by the superuser {@code postgres}. */
    static PostgresJetable demarrer(String base) throws Exception {
        Path bin = binaires();
        Path dossier = Files.createTempDirectory("postgres-jetable-");
        PostgresJetable cluster = new PostgresJetable(bin, dossier, TestSocketUtils.findAvailableTcpPort());
        Runtime.getRuntime().addShutdownHook(cluster.nettoyage);
        try {
            if (ROOT) {
                commande("chown", "postgres:", dossier.toString());
            }
            cluster.pg("initdb", "-D", cluster.donnees.toString(), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                    "--locale=C.UTF-8", "--no-sync");
            cluster.start();
            try (Connection connexion = cluster.connexion("postgres")) {
                connexion.createStatement().execute("create database " + base);
            }
        } catch (Exception | Error echec) {
            cluster.close();
            throw echec;
        }
        return cluster;
    }

    int port() {
        return port;
    }

    String url(String base) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + base;
    }

    Connection connexion(String base) throws SQLException {
        return DriverManager.getConnection(url(base), "postgres", "");
    }

    void start() throws IOException, InterruptedException {
        pg("pg_ctl", "-D", donnees.toString(), "-l", dossier.resolve("postgres.log").toString(), "-w", "-t", "60",
                "-o", "-p " + port + " -k " + dossier + " -c listen_addresses=127.0.0.1", "start");
    }

    /** A fast shutdown, as an administrator restarting the server does: sessions are cut, nothing is lost. */
    void stop() throws IOException, InterruptedException {
        pg("pg_ctl", "-D", donnees.toString(), "-m", "fast", "-w", "-t", "60", "stop");
    }

    @Override
    public void close() {
        detruire();
        try {
            Runtime.getRuntime().removeShutdownHook(nettoyage);
        } catch (IllegalStateException dejaEnCoursDArret) {
            // the JVM is ending: the hook runs anyway
        }
    }

    private synchronized void detruire() {
        if (!Files.exists(dossier)) {
            return;
        }
        try {
            if (Files.exists(donnees.resolve("postmaster.pid"))) {
                pg("pg_ctl", "-D", donnees.toString(), "-m", "immediate", "-w", "-t", "30", "stop");
            }
        } catch (Exception dejaArrete) {
            // deleting the folder is what matters now
        }
        try (Stream<Path> fichiers = Files.walk(dossier)) {
            fichiers.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void pg(String outil, String... arguments) throws IOException, InterruptedException {
        List<String> ligne = new ArrayList<>();
        if (ROOT) {
            ligne.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        ligne.add(bin.resolve(outil).toString());
        ligne.addAll(List.of(arguments));
        commande(ligne.toArray(String[]::new));
    }

    private static void commande(String... ligne) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(ligne).redirectErrorStream(true).start();
        String sortie = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", ligne) + " failed:\n" + sortie);
        }
    }

    /** The newest PostgreSQL installed from Debian's packages. */
    private static Path binaires() throws IOException {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparingInt(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL server binaries under /usr/lib/postgresql"));
        }
    }
}
