package fr.territoire.sante.installation.process;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.SqlCapture;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * What the matching step writes to the store: each retained site is inserted with its round, once.
 * Every statement runs in the engine's transaction on the hot path of stage C, so a redundant one
 * counts on each dossier.
 */
@Order(7)
class MatchingRoundWritesTest extends ProcessTest {

    @Test
    void insertsEachRetainedSiteWithItsRoundAndNeverUpdatesIt() {
        dossier.start().proposerRendezVous().menerEntretien(true).renseignerProjetProfessionnel().renseignerEnvironnement();

        List<String> sql = SqlCapture.hibernateDuring(
                () -> dossier.croiser("Maison de santé des Tilleuls – Bourg-Fictif", "Cabinet du Lac – Val-Imaginaire"));

        assertThat(sql).filteredOn(s -> s.startsWith("insert into lieu_propose"))
                .hasSize(2)
                .allSatisfy(insert -> assertThat(insert).contains("croisement_id"));
        assertThat(sql).noneMatch(s -> s.startsWith("update lieu_propose"));
    }
}
