package fr.territoire.sante.installation.tasklist;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates our indexes on the engine's tables once the engine has created or updated them. They are
 * not Flyway migrations: the engine manages its own schema and builds it after Flyway has run.
 */
final class EngineIndexes {

    private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

    private EngineIndexes() {
    }

    static List<String> forPostgres() {
        return List.of(TasklistIndex.createStatement(), AuthorizedGroupsIndex.createStatement());
    }

    /**
     * Several instances starting together may race on an index: the loser's error is harmless (the
     * index exists), so it is logged and the start goes on. Without the index every page stays
     * correct, only slower.
     */
    static void ensure(DataSource dataSource, List<String> statements) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            for (String create : statements) {
                try {
                    statement.execute(create);
                } catch (SQLException e) {
                    LOG.warn("Index not created ({}): {}", e.getMessage(), create);
                }
            }
        } catch (SQLException e) {
            LOG.warn("Indexes on the engine's tables not checked: {}", e.getMessage());
        }
    }
}
