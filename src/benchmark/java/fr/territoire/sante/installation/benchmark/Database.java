package fr.territoire.sante.installation.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The two databases the benchmark runs on, each emptied before use: H2 in a file (the embedded
 * default) under target/benchmark, and a PostgreSQL database of its own whose schema is dropped.
 */
enum Database {

    H2, POSTGRES;

    static final String PG_HOST = System.getProperty("benchmark.pg.host", "127.0.0.1");
    static final String PG_PORT = System.getProperty("benchmark.pg.port", "5432");
    static final String PG_DATABASE = System.getProperty("benchmark.pg.database", "accompagnement_bench");
    static final String PG_USER = System.getProperty("benchmark.pg.user", "postgres");
    static final String PG_PASSWORD = System.getProperty("benchmark.pg.password", "");
    static final Path H2_DIR = Path.of("target", "benchmark", "h2");

    String label() {
        return this == H2 ? "h2" : "postgresql";
    }

    String url() {
        return switch (this) {
            case H2 -> "jdbc:h2:file:" + H2_DIR.toAbsolutePath().resolve("accompagnement") + ";DB_CLOSE_ON_EXIT=FALSE";
            case POSTGRES -> "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + PG_DATABASE;
        };
    }

    String user() {
        return this == H2 ? "sa" : PG_USER;
    }

    String password() {
        return this == H2 ? "" : PG_PASSWORD;
    }

    /** The Spring arguments that point the application at this database. */
    List<String> springArguments() {
        List<String> args = new ArrayList<>();
        if (this == POSTGRES) {
            args.add("--spring.profiles.active=postgres");
        }
        args.add("--spring.datasource.url=" + url());
        args.add("--spring.datasource.username=" + user());
        args.add("--spring.datasource.password=" + password());
        return args;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user(), password());
    }

    /** Reads one value from the first row of a query. */
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Runs a query that answers one row, on a connection of its own, and reads that row. */
    <T> T queryRow(String sql, RowReader<T> reader) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return reader.read(rs);
        }
    }

    /** Drops everything: the next application start creates the engine's and the store's tables anew. */
    void reset() {
        switch (this) {
            case H2 -> deleteH2Files();
            case POSTGRES -> {
                try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                    statement.execute("drop schema public cascade");
                    statement.execute("create schema public");
                } catch (SQLException e) {
                    throw unreachable(e);
                }
            }
        }
    }

    /** Checked before anything is measured, so that a missing database does not waste the start-up part. */
    void ensureReachable() {
        if (this == POSTGRES) {
            try (Connection connection = connect()) {
                connection.isValid(5);
            } catch (SQLException e) {
                throw unreachable(e);
            }
        }
    }

    private static IllegalStateException unreachable(SQLException e) {
        return new IllegalStateException("PostgreSQL database " + PG_DATABASE + " unreachable on " + PG_HOST + ":" + PG_PORT
                + " as " + PG_USER + " (create it once: createdb -h " + PG_HOST + " -U " + PG_USER + " " + PG_DATABASE + ")", e);
    }

    private static void deleteH2Files() {
        if (!Files.exists(H2_DIR)) {
            return;
        }
        try (Stream<Path> files = Files.walk(H2_DIR)) {
            for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
