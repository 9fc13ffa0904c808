package fr.territoire.sante.installation.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.catalogue.LieuExerciceRepository;
import fr.territoire.sante.installation.catalogue.LieuxExercice;
import fr.territoire.sante.installation.dossier.DossierRepository;
import fr.territoire.sante.installation.dossier.Etape;
import fr.territoire.sante.installation.dossier.Statut;
import fr.territoire.sante.installation.matching.ReponsesLieux;
import fr.territoire.sante.installation.process.ProcessTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The trial run's fictional dossiers. Its own in-memory database (hence its own context and engine): the
 * other process tests share one store, which these thirty dossiers must neither find full nor fill, and
 * whose history measures the tests' flow-node coverage.
 */
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:demo-dossiers;DB_CLOSE_DELAY=-1",
        "camunda.bpm.process-engine-name=demoDossiers",
        "camunda.bpm.generate-unique-process-application-name=true"})
class DemoDossiersTest extends ProcessTest {

    @Autowired
    DossierRepository dossiers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LieuxExercice lieux;
    @Autowired
    LieuExerciceRepository lieuxRepository;
    @Autowired
    ReponsesLieux reponses;

    @Test
    void createsDossiersAtEveryStageAndOutcomeOnceOnly() {
        DemoDossiers demo = new DemoDossiers(engine, dossiers, new DemoCatalogue(lieux, lieuxRepository), planningVisites, reponses);
        assertThat(count("select count(*) from dossier")).as("an empty store to start from").isZero();

        Instant debut = Instant.now();
        int crees = demo.creer();
        Duration duree = Duration.between(debut, Instant.now());

        assertThat(crees).isGreaterThanOrEqualTo(28);
        assertThat(count("select count(*) from dossier")).isEqualTo(crees);
        // Dossiers past the organisation of visits have them planned, their invitations queued in the outbox.
        assertThat(count("select count(*) from visite_planifiee")).isPositive();
        assertThat(count("select count(*) from courriel_sortant where cle like 'visite/%'"))
                .isEqualTo(count("select count(*) from visite_planifiee"));
        assertThat(count("select count(*) from visite where visite_planifiee_id is null")).as("every report names its visit").isZero();
        assertThat(count("select count(*) from lieu_propose l where l.reponse is null and exists"
                + " (select 1 from visite_planifiee v where v.lieu_propose_id = l.id)")).as("a visited site answered first").isZero();
        // Not asserted: on a loaded shared machine the time says little; printed for the record.
        System.out.printf("%d demo dossiers created in %d ms%n", crees, duree.toMillis());
        assertThat(jdbc.queryForList("select distinct etape from dossier", String.class))
                .containsExactlyInAnyOrder(Arrays.stream(Etape.values()).map(Enum::name).toArray(String[]::new));
        assertThat(jdbc.queryForList("select distinct statut from dossier", String.class))
                .containsExactlyInAnyOrder(Arrays.stream(Statut.values()).map(Enum::name).toArray(String[]::new));

        Timestamp maintenant = Timestamp.from(Instant.now());
        assertThat(count("select count(*) from dossier where en_retard")).as("past the 10-day matching deadline")
                .isGreaterThanOrEqualTo(2);
        assertThat(count("select count(*) from act_ru_task where due_date_ < ?", maintenant)).as("overdue tasks")
                .isGreaterThanOrEqualTo(4);
        assertThat(count("select count(*) from dossier where statut = 'TERMINE' and lieu_installation is not null "
                + "and commune_installation is not null")).isGreaterThanOrEqualTo(4);
        assertThat(count("select count(distinct motif_arret) from dossier where statut = 'ARRETE'")).isGreaterThanOrEqualTo(4);
        assertThat(count("select count(distinct profession) from dossier")).isGreaterThanOrEqualTo(6);
        assertThat(count("select count(distinct origine_demande) from dossier")).isGreaterThanOrEqualTo(5);
        assertThat(count("select count(*) from dossier where email not like '%@exemple.invalid'")).isZero();

        assertThat(count("select count(*) from dossier where cree_le < ?", Timestamp.from(Instant.now().minus(Duration.ofDays(395)))))
                .as("requests spread over the past ~14 months").isGreaterThanOrEqualTo(3);
        assertThat(count("select count(*) from dossier where modifie_le > ?", maintenant)).as("nothing dated in the future").isZero();
        assertThat(count("select count(*) from evenement where horodatage > ?", maintenant)).isZero();
        assertThat(jdbc.queryForList("select distinct auteur from evenement", String.class))
                .as("each step done by a demo staff member, timers by the system")
                .containsExactlyInAnyOrder("amelie", "basile", "camille", "damien", "système");
        assertThat(count("select count(*) from ligne_reporting")).as("the reporting table has a row each").isEqualTo(crees);
        assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), Instant.now()).abs())
                .as("the engine's clock is back to real time").isLessThan(Duration.ofSeconds(5));
        assertThat(count("select count(*) from evenement where type = 'CROISEMENT_EN_RETARD'"))
                .as("lateness flagged by the deadline timer, as the process does").isGreaterThanOrEqualTo(2);

        assertThat(demo.creer()).as("a second start creates nothing").isZero();
        assertThat(count("select count(*) from dossier")).isEqualTo(crees);
    }

    private long count(String sql, Object... parametres) {
        return jdbc.queryForObject(sql, Long.class, parametres);
    }
}
