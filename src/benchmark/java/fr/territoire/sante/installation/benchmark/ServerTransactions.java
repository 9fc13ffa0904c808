package fr.territoire.sante.installation.benchmark;

import java.sql.SQLException;

/**
 * Transactions PostgreSQL itself counted for the benchmark's database ({@code pg_stat_database}:
 * xact_commit, xact_rollback). A backend publishes its counts at most once a second, and when it has
 * just done so, only after ten idle seconds: each reading waits eleven seconds of quiet first. Each reading's own connection adds a commit or two to
 * the next one; a blank measurement (the same wait, no work) finds them and they are removed.
 */
final class ServerTransactions {

    record Counts(long commits, long rollbacks) {
        Counts minus(Counts other) {
            return new Counts(commits - other.commits, rollbacks - other.rollbacks);
        }
    }

    private static final long QUIET_MILLIS = 11_000;

    private ServerTransactions() {
    }

    static Counts read() {
        try {
            Thread.sleep(QUIET_MILLIS);
            return Database.POSTGRES.queryRow("select xact_commit, xact_rollback from pg_stat_database where datname = current_database()",
                    row -> new Counts(row.getLong(1), row.getLong(2)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
