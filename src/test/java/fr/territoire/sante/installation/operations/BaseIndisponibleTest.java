package fr.territoire.sante.installation.operations;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.errors.ErreurTraduite;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

class BaseIndisponibleTest {

    private final BaseIndisponible traduction = new BaseIndisponible();

    @Test
    void aRefusedConnectionSeenThroughTheEngineAndMyBatisIsATemporaryUnavailability() {
        var refus = new PSQLException("Connection to 127.0.0.1:5432 refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT,
                new ConnectException("Connection refused"));
        var moteur = new ProcessEngineException("Process engine persistence exception",
                new PersistenceException("### Error querying database", refus));

        assertThat(traduction.traduire(moteur)).hasValueSatisfying(this::estUn503EnFrancais);
    }

    @Test
    void aServerShuttingDownOrStartingIsATemporaryUnavailability() {
        for (String etat : new String[] {"57P01", "57P02", "57P03", "08006", "08003"}) {
            assertThat(traduction.traduire(new RuntimeException(new SQLException("terminating connection", etat))))
                    .as(etat).hasValueSatisfying(this::estUn503EnFrancais);
        }
    }

    @Test
    void aPoolThatGivesNoConnectionInTimeIsATemporaryUnavailability() {
        var hikari = new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 5000ms.");
        assertThat(traduction.traduire(new CannotCreateTransactionException("Could not open JPA EntityManager", hikari)))
                .hasValueSatisfying(this::estUn503EnFrancais);
        assertThat(traduction.traduire(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", hikari)))
                .hasValueSatisfying(this::estUn503EnFrancais);
        assertThat(traduction.traduire(new JDBCConnectionException("could not execute statement",
                new SQLException("I/O error", "08006")))).isPresent();
    }

    @Test
    void aRollbackOnAConnectionThePoolHasAlreadyClosedIsATemporaryUnavailability() {
        // What Spring throws when the rollback after a lost connection fails (seen in DatabaseRestartIT).
        var rollback = new JpaSystemException(new org.hibernate.TransactionException("Unable to rollback against JDBC Connection",
                new SQLException("Connection is closed")));
        assertThat(traduction.traduire(rollback)).hasValueSatisfying(this::estUn503EnFrancais);
        assertThat(traduction.traduire(new SQLException("Connection is closing"))).isEmpty();
    }

    @Test
    void aChainedSqlExceptionIsLookedAtToo() {
        var lot = new SQLException("batch failed", "XX000");
        lot.setNextException(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertThat(traduction.traduire(new ProcessEngineException("flush failed", lot))).isPresent();
    }

    @Test
    void otherFailuresAreLeftToOtherTranslations() {
        assertThat(traduction.traduire(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isEmpty();
        assertThat(traduction.traduire(new OptimisticLockingException("concurrent update"))).isEmpty();
        assertThat(traduction.traduire(new SQLException("value too long for type character varying(200)", "22001"))).isEmpty();
        assertThat(traduction.traduire(new IllegalArgumentException("bad date"))).isEmpty();
        assertThat(traduction.traduire(new SQLException("no state"))).isEmpty();
    }

    @Test
    void aCauseCycleEnds() {
        var a = new RuntimeException("a");
        var b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(traduction.traduire(a)).isEmpty();
    }

    private void estUn503EnFrancais(ErreurTraduite reponse) {
        assertThat(reponse.statut()).isEqualTo(503);
        assertThat(reponse.message()).startsWith("Service momentanément indisponible").contains("Réessayez dans un instant")
                .doesNotContain("SQL", "Exception", "127.0.0.1");
    }
}
