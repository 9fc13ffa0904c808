package fr.territoire.sante.installation.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierRepository;
import fr.territoire.sante.installation.dossier.Statut;
import fr.territoire.sante.installation.process.DossierDriver;
import fr.territoire.sante.installation.process.ProcessKeys;
import fr.territoire.sante.installation.process.ProcessTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Retention: the engine's history cleanup is scheduled in its night window, and once the clock has moved
 * past the period after a dossier's closing, the cleanup removes its history and the store's job
 * anonymises it; an open dossier and one closed recently are left alone.
 *
 * <p>It shares the process tests' database (a second engine cannot start in the same JVM): moving the
 * clock five years on also expires the dossiers other tests closed, so it checks its own dossiers by
 * reference and counts the rest only as "at least". The clock is the engine's {@code ClockUtil}
 * (an engine internal, for tests only; our code reads it through {@code Calendrier}).
 */
// The very last test class of the JVM: its history cleanup, five years on, removes the history of every
// instance other tests ended, which the flow-node coverage (run just before) reads.
@Order(Integer.MAX_VALUE)
class ConservationTest extends ProcessTest {

    @Autowired
    ConservationDossiers conservation;
    @Autowired
    DossierRepository dossiers;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void historyCleanupIsScheduledInItsNightWindow() {
        List<Job> jobs = engine.getHistoryService().findHistoryCleanupJobs();
        assertThat(jobs).as("the cleanup job the engine creates at start-up").isNotEmpty();
        LocalTime due = jobs.get(0).getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalTime();
        assertThat(due).isBetween(LocalTime.of(1, 0), LocalTime.of(5, 0));
    }

    @Test
    void closedDossiersAreForgottenByTheEngineAndTheStoreOnceTheirPeriodHasPassed() {
        Duration periode = conservation.duree();
        assertThat(periode).isEqualTo(Duration.ofDays(1825));

        String ancien = dossier.start().proposerRendezVous().reference();
        long ancienId = dossiers.findByReference(ancien).orElseThrow().getId();
        engine.getFormService().submitStartForm(definition(ProcessKeys.ARRET_DEMARCHE),
                Map.of("dossierReference", ancien, "motifArret", "sans-nouvelles"));
        String ouvert = new DossierDriver(engine).start().proposerRendezVous().reference();
        assertThat(historiques(ancien)).isEqualTo(2);
        // Removal time strategy "end": each instance's history is due the period after it ended.
        engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(ancien).list()
                .forEach(h -> assertThat(h.getRemovalTime()).isEqualTo(Date.from(h.getEndTime().toInstant().plus(periode))));

        // A day after the period: the old withdrawal is due; then a dossier closes at that new date.
        Instant plusTard = Instant.now().plus(periode).plus(Duration.ofDays(1));
        ClockUtil.setCurrentTime(Date.from(plusTard));
        String recent = new DossierDriver(engine).start().proposerRendezVous().menerEntretien(false).reference();

        engine.getHistoryService().cleanUpHistoryAsync(true);
        for (Job job : engine.getHistoryService().findHistoryCleanupJobs()) {
            engine.getManagementService().executeJob(job.getId());
        }
        assertThat(historiques(ancien)).as("engine history of the expired dossier and its withdrawal").isZero();
        assertThat(historiques(recent)).as("engine history of a dossier closed recently").isEqualTo(1);
        assertThat(historiques(ouvert)).isEqualTo(1);

        String parRetention = "select count(*) from effacement where motif = 'DUREE_CONSERVATION_ECHUE' and efface_par = 'système'";
        int avant = jdbc.queryForObject(parRetention, Integer.class);
        int anonymises = conservation.anonymiserEchus();
        assertThat(anonymises).as("this test's expired dossier, and those other tests closed").isPositive();
        assertThat(dossiers.findByReference(ancien)).as("the expired dossier lost its reference and identity").isEmpty();
        Map<String, Object> anonyme = jdbc.queryForMap("select nom, email, statut, anonymise_le from dossier where id = ?", ancienId);
        assertThat(anonyme.get("anonymise_le")).isNotNull();
        assertThat(anonyme.get("email")).isEqualTo("");
        assertThat(anonyme.get("statut")).isEqualTo("ARRETE");
        assertThat(jdbc.queryForObject(parRetention, Integer.class)).as("one record per dossier anonymised").isEqualTo(avant + anonymises);
        Dossier toujoursOuvert = dossiers.findByReference(ouvert).orElseThrow();
        assertThat(toujoursOuvert.getProfessionnel().getNom()).isEqualTo("Fictive");
        assertThat(dossiers.findByReference(recent).orElseThrow().getStatut()).isEqualTo(Statut.ARRETE);
        assertThat(conservation.anonymiserEchus()).as("a second run finds nothing more").isZero();
    }

    private long historiques(String reference) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).count();
    }

    private String definition(String key) {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getId();
    }
}
