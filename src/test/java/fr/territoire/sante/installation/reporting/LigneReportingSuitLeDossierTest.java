package fr.territoire.sante.installation.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.process.ProcessTest;
import java.sql.Timestamp;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The table's row follows the dossier through the protocol, written in each step's transaction: stage,
 * interview, matching, visits, debriefs, follow-ups, next due date and outcome, as Tasklist leaves them.
 */
class LigneReportingSuitLeDossierTest extends ProcessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void rowFollowsEveryStepUpToSettlement() {
        dossier.start();
        assertThat(ligne()).containsEntry("ETAPE", "RECUEIL").containsEntry("VISITES", 0);
        assertThat(echeance()).isEqualTo(nextDue()).isNotNull();

        dossier.proposerRendezVous().menerEntretien(true).renseignerProjetProfessionnel().renseignerEnvironnement();
        assertThat(ligne().get("ENTRETIEN_REALISE_LE")).isNotNull();
        assertThat(ligne()).containsEntry("ETAPE", "CROISEMENT").containsEntry("CROISEMENTS", 1);
        assertThat(echeance()).isEqualTo(nextDue()).isNotNull();

        dossier.croiser("Maison de santé des Tilleuls", "Cabinet du Lavoir").organiserVisites().informerElus()
                .rendreCompteDesVisites().menerDebriefAChaud().mettreAJourReporting();
        Map<String, Object> apresVisites = ligne();
        assertThat(apresVisites.get("CROISEMENT_LE")).isNotNull();
        assertThat(apresVisites.get("DEBRIEF_CHAUD_LE")).isNotNull();
        assertThat(((Number) apresVisites.get("VISITES")).intValue()).isPositive();
        // Waiting for the cold debrief: only its timer, whose date is the next due date.
        assertThat(nextDue()).isNull();
        assertThat(echeance()).isEqualTo(new Timestamp(dossier.timer("TimerEvent_DateDebriefAFroid").getDuedate().getTime()));

        dossier.fireTimer("TimerEvent_DateDebriefAFroid");
        assertThat(echeance()).isEqualTo(nextDue()).isNotNull();
        dossier.menerDebriefAFroid("installation");
        // Between two calls only a timer waits: the next due date is the next planned call.
        assertThat(nextDue()).isNull();
        assertThat(echeance()).isEqualTo(new Timestamp(dossier.timer("TimerEvent_Suivi3Mois").getDuedate().getTime()));
        dossier.fireTimer("TimerEvent_Suivi3Mois");
        assertThat(echeance()).as("the call's task, once due").isEqualTo(nextDue()).isNotNull();
        dossier.realiserSuivi(3);
        assertThat(echeance()).isEqualTo(new Timestamp(dossier.timer("TimerEvent_Suivi6Mois").getDuedate().getTime()));
        Map<String, Object> suivi = ligne();
        assertThat(suivi.get("DEBRIEF_FROID_LE")).isNotNull();
        assertThat(suivi).containsEntry("SUIVIS_REALISES", 1).containsEntry("COMMUNE", "Bourg-Fictif")
                .containsEntry("LIEU_INSTALLATION", "Maison de santé des Tilleuls").containsEntry("ETAPE", "SUIVI");
    }

    @Test
    void rowShowsTheWithdrawalAndItsReason() {
        dossier.start().proposerRendezVous().menerEntretien(false);
        assertThat(ligne()).containsEntry("STATUT", "ARRETE").containsEntry("ETAPE", "CLOS");
        assertThat(ligne().get("MOTIF_ARRET")).isNotNull();
        assertThat(echeance()).isNull();
    }

    private Map<String, Object> ligne() {
        return jdbc.queryForMap("select * from ligne_reporting where reference = ?", dossier.reference());
    }

    private Timestamp echeance() {
        return jdbc.queryForObject("select prochaine_echeance from ligne_reporting where reference = ?", Timestamp.class,
                dossier.reference());
    }

    /** The earliest due date among the dossier's open tasks, read from the engine. */
    private Timestamp nextDue() {
        return engine.getTaskService().createTaskQuery().processInstanceId(dossier.instance().getId()).list().stream()
                .map(Task::getDueDate).filter(java.util.Objects::nonNull).min(java.util.Date::compareTo)
                .map(date -> new Timestamp(date.getTime())).orElse(null);
    }
}
