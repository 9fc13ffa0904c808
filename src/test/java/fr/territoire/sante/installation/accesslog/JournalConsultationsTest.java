package fr.territoire.sante.installation.accesslog;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import fr.territoire.sante.installation.operations.BaseIndisponible;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;

/**
 * A read whose log entry cannot be written does not happen; the message names the cause: the log when it
 * alone fails, the database (retry in a moment) when the database is away, as every other request says.
 */
class JournalConsultationsTest {

    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    private final PlatformTransactionManager transactions = mock(DataSourceTransactionManager.class);
    private final JournalConsultations journal = new JournalConsultations(jdbc, transactions);

    JournalConsultationsTest() {
        when(transactions.getTransaction(any())).thenReturn(new SimpleTransactionStatus());
    }

    @Test
    void aLogThatRefusesTheEntryStopsTheReadAsTheLogsOwnFailure() {
        when(jdbc.update(anyString(), any(Object[].class))).thenThrow(new DataIntegrityViolationException("value too long"));

        assertThatThrownBy(() -> journal.liste("cls1", NatureConsultation.TABLEAU, List.of("PS-2026-0001")))
                .isInstanceOf(JournalIndisponible.class).hasMessage(JournalIndisponible.MESSAGE);
    }

    @Test
    void aDatabaseOutOfReachStopsTheReadAsTheDatabasesOwnFailure() {
        var injoignable = new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
        when(jdbc.update(anyString(), any(Object[].class))).thenThrow(injoignable);

        assertThatThrownBy(() -> journal.dossier("cls1", NatureConsultation.FICHE, "PS-2026-0001", null))
                .isInstanceOf(JournalIndisponible.class).hasMessage(BaseIndisponible.MESSAGE).hasCause(injoignable);
    }
}
