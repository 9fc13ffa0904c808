package fr.territoire.sante.installation.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.IntegrationTest;
import fr.territoire.sante.installation.SqlCapture;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/**
 * On PostgreSQL, a stage's list reads the same dossiers as the store holds, in order, page after page;
 * and a page far down the list skips the rows before it in the index alone, without reading them from
 * the table.
 */
class StageListPlanIT extends IntegrationTest {

    private static final String PREFIX = "PLAN-";
    private static final int DOSSIERS = 2_000;
    private static final int PAGE = 50;
    private static final Etape STAGE = Etape.VISITES;

    @Autowired
    DataSource dataSource;
    @Autowired
    DossierRepository dossiers;

    @BeforeEach
    void fillTheStage() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Instant first = Instant.parse("2001-01-01T09:00:00Z");
            try (PreparedStatement insert = connection.prepareStatement("insert into dossier (reference, etape, statut, "
                    + "cree_le, modifie_le, prenom, nom, email, telephone, profession, origine_demande, situation_actuelle, "
                    + "horizon, consentement_le) values (?, ?, 'EN_COURS', ?, ?, 'Prénom', 'Fictif', 'pro@exemple.invalid', "
                    + "'06 00 00 00 00', 'medecin-generaliste', 'bouche-a-oreille', 'Remplaçant', 'moyen', ?)")) {
                for (int i = 0; i < DOSSIERS; i++) {
                    // in every three dossiers, the last two share their creation time: the id breaks the tie
                    Timestamp created = Timestamp.from(first.plus(i - i % 3 / 2, ChronoUnit.HOURS));
                    insert.setString(1, String.format("%s%05d", PREFIX, i));
                    insert.setString(2, STAGE.name());
                    insert.setTimestamp(3, created);
                    insert.setTimestamp(4, created);
                    insert.setTimestamp(5, created);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("vacuum analyze dossier");
            }
        }
    }

    @AfterEach
    void emptyTheStage() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("delete from dossier where reference like '" + PREFIX + "%'");
        }
    }

    @Test
    void everyPageHoldsTheNextDossiersOfTheStageOldestFirst() throws SQLException {
        List<Long> expected = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select id from dossier where etape = '" + STAGE.name()
                        + "' and statut = 'EN_COURS' order by cree_le, id")) {
            while (rows.next()) {
                expected.add(rows.getLong(1));
            }
        }
        assertThat(expected).hasSizeGreaterThanOrEqualTo(DOSSIERS);

        List<Long> listed = new ArrayList<>();
        for (int page = 0; page * PAGE < expected.size(); page++) {
            Page<Dossier> slice = dossiers.pageOfStage(STAGE, Statut.EN_COURS, PageRequest.of(page, PAGE));
            assertThat(slice.getTotalElements()).isEqualTo(expected.size());
            slice.forEach(dossier -> listed.add(dossier.getId()));
        }
        assertThat(listed).containsExactlyElementsOf(expected);
    }

    @Test
    void aPageFarDownTheListSkipsTheRowsBeforeItInTheIndexAlone() throws SQLException {
        int lastPage = (DOSSIERS - 1) / PAGE;
        List<String> statements = SqlCapture.hibernateDuring(
                () -> dossiers.pageOfStage(STAGE, Statut.EN_COURS, PageRequest.of(lastPage, PAGE)));
        assertThat(statements).isNotEmpty();
        String sql = statements.get(0); // the page's rows; the stage's total comes second

        List<String> plan = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement explain = connection.prepareStatement("explain (analyze, costs off, timing off) " + sql)) {
            explain.setString(1, STAGE.name());
            explain.setString(2, Statut.EN_COURS.name());
            explain.setLong(3, (long) lastPage * PAGE);
            explain.setInt(4, PAGE);
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.add(rows.getString(1));
                }
            }
        }
        String text = String.join("\n", plan);
        // How the page's own 50 rows are then fetched (primary key, or a scan of a table this small) is
        // the planner's choice; the rows before the page must be skipped in the index.
        assertThat(text).as(text).containsPattern("Limit \\(actual rows=" + PAGE + " loops=1\\)\\s+->  Index Only Scan using "
                + "dossier_etape_idx on dossier \\w+ \\(actual rows=" + DOSSIERS + " loops=1\\)");
    }
}
