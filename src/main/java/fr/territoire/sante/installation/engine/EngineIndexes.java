package fr.territoire.sante.installation.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates our indexes on the engine's tables, and drops those we no longer use, once the engine has
 * created or updated them. They are not Flyway migrations: the engine manages its own schema and
 * builds it after Flyway has run.
 */
final class EngineIndexes {

    private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

    private EngineIndexes() {
    }

    /**
     * Indexes an earlier version created and nothing reads any more; each one would only slow the
     * writes. {@code authorization_group_idx} served the scan that
     * {@link AuthorizationManagerWithoutGroupScan} removed.
     */
    static final List<String> RETIRED = List.of("authorization_group_idx");

    static List<String> forPostgres() {
        List<String> statements = new ArrayList<>(List.of(TasklistIndex.createStatement()));
        RETIRED.forEach(name -> statements.add("drop index if exists " + name));
        return statements;
    }

    /**
     * Several instances starting together may race on an index: the loser's error is harmless (the
     * index exists, or is gone), so it is logged and the start goes on. Without the index every page
     * stays correct, only slower.
     */
    static void ensure(DataSource dataSource, List<String> statements) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            for (String ddl : statements) {
                try {
                    statement.execute(ddl);
                } catch (SQLException e) {
                    LOG.warn("Index statement failed ({}): {}", e.getMessage(), ddl);
                }
            }
        } catch (SQLException e) {
            LOG.warn("Indexes on the engine's tables not checked: {}", e.getMessage());
        }
    }
}
