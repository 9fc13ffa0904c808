package fr.territoire.sante.installation.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierRepository;
import fr.territoire.sante.installation.dossier.Evenement;
import fr.territoire.sante.installation.dossier.EvenementRepository;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.process.ProcessTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What operators see when the outside world fails, on the late-matching alert (the one step a timer runs
 * unattended): a failing step is retried, then shows as a Cockpit incident, and Cockpit's "Retry" once the
 * cause is fixed runs it once; a mail server that stays down makes the outbox give up the alert with an
 * incident on the dossier's process, and sending it again once the server is back delivers it once and
 * resolves the incident.
 */
class PannesCourrielEtDelegueTest extends ProcessTest {

    private static final List<String> DESTINATAIRES = List.of("cpts1@exemple.invalid", "pilotage1@exemple.invalid",
            "pilotage-test@exemple.invalid");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EnvoiCourriels envoi;
    @Autowired
    CourrielsEnEchec enEchec;
    @Autowired
    Courriels courriels;
    @Autowired
    EnvoiProperties proprietes;
    @Autowired
    DossierRepository dossiers;
    @Autowired
    EvenementRepository evenements;

    @BeforeEach
    void outboxEmpty() {
        envoi.envoyerEnAttente(); // what other tests queued goes now, not in the middle of ours
    }

    @Test
    void aFailingAlertIsRetriedThenAnIncidentThenRunsOnceAfterCockpitsRetry() throws Exception {
        Job minuteur = jusquAuDelaiDepasse();
        // The fault: the dossier's current matching round lost in the store, so the step cannot find it.
        Long croisement = stored().getCroisementCourantId();
        jdbc.update("update dossier set croisement_courant_id = null where id = ?", stored().getId());

        for (int essai = 1; essai <= 3; essai++) {
            assertThatThrownBy(() -> engine.getManagementService().executeJob(minuteur.getId())).hasMessageContaining("has no matching round");
            Job apres = engine.getManagementService().createJobQuery().jobId(minuteur.getId()).singleResult();
            assertThat(apres.getRetries()).as("retries left after failure " + essai).isEqualTo(3 - essai);
            if (essai < 3) {
                assertThat(apres.getDuedate()).as("next attempt ten minutes later (R3/PT10M)")
                        .isEqualTo(Date.from(Calendrier.maintenant().plus(Duration.ofMinutes(10))));
            }
        }
        List<Incident> incidents = engine.getRuntimeService().createIncidentQuery().processInstanceId(dossier.instance().getId()).list();
        assertThat(incidents).singleElement().satisfies(incident -> {
            assertThat(incident.getIncidentType()).isEqualTo("failedJob");
            assertThat(incident.getActivityId()).isEqualTo("BoundaryEvent_DelaiCroisementDepasse");
        });
        assertThat(stored().isEnRetard()).as("nothing half-done").isFalse();
        assertThat(courriels.parCle("croisement-en-retard-")).filteredOn(c -> c.getInstanceProcessus().equals(dossier.instance().getId())).isEmpty();

        // The cause is fixed; the operator clicks "Retry" in Cockpit, which sets the job's retries.
        jdbc.update("update dossier set croisement_courant_id = ? where id = ?", croisement, stored().getId());
        engine.getManagementService().setJobRetries(minuteur.getId(), 1);
        engine.getManagementService().executeJob(minuteur.getId());

        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(dossier.instance().getId()).count()).isZero();
        assertThat(dossier.tasks("UserTask_CroiserBesoinsLieux")).as("the matching task stays open").hasSize(1);
        assertThat(stored().isEnRetard()).isTrue();
        assertThat(evenements.findByDossierIdOrderByHorodatageAscIdAsc(stored().getId())).extracting(Evenement::getType)
                .filteredOn("CROISEMENT_EN_RETARD"::equals).hasSize(1);
        envoi.envoyerEnAttente();
        assertThat(courriels.parCle("croisement-en-retard-" + croisement + "-")).hasSize(3)
                .allSatisfy(c -> assertThat(c.getStatut()).isEqualTo(StatutCourriel.ENVOYE));
        assertThat(alertes()).hasSize(3).extracting(PannesCourrielEtDelegueTest::messageId).doesNotHaveDuplicates();
        assertThat(envoi.envoyerEnAttente()).isZero();
    }

    @Test
    void aMailServerDownGivesTheAlertUpWithACockpitIncidentAndSendingItAgainDeliversItOnce() throws Exception {
        jusquAuDelaiDepasse();
        dossier.fireTimer("BoundaryEvent_DelaiCroisementDepasse");
        SMTP.stop();

        int tentatives = 0;
        while (!enEchec.abandonnes().stream().anyMatch(c -> dossier.instance().getId().equals(c.getInstanceProcessus()))) {
            envoi.envoyerEnAttente();
            tentatives++;
            ClockUtil.setCurrentTime(Date.from(Calendrier.maintenant().plus(Duration.ofDays(1))));
            assertThat(tentatives).as("given up after tentatives-max").isLessThanOrEqualTo(proprietes.tentativesMax());
        }
        List<CourrielSortant> abandonnes = enEchec.abandonnes().stream()
                .filter(c -> dossier.instance().getId().equals(c.getInstanceProcessus())).toList();
        assertThat(tentatives).isEqualTo(proprietes.tentativesMax());
        assertThat(abandonnes).hasSize(3).allSatisfy(c -> assertThat(c.getTentatives()).isEqualTo(proprietes.tentativesMax()));
        List<Incident> incidents = engine.getRuntimeService().createIncidentQuery().processInstanceId(dossier.instance().getId())
                .incidentType(IncidentsCourriels.TYPE).list();
        assertThat(incidents).as("one Cockpit incident per given-up mail").hasSize(3).allSatisfy(incident -> assertThat(incident.getIncidentMessage())
                .startsWith("Courriel n° ").contains("abandonné après " + proprietes.tentativesMax() + " tentatives", "/admin/courriels")
                .doesNotContain("@", "Fictive", "Jeanne"));

        // The server is back; the operator sends them again from the page.
        SMTP.start();
        for (CourrielSortant courriel : abandonnes) {
            assertThat(enEchec.renvoyer(courriel.getId(), "admin")).isTrue();
            assertThat(enEchec.renvoyer(courriel.getId(), "admin")).as("already back in the queue").isFalse();
        }
        envoi.envoyerEnAttente();
        assertThat(envoi.envoyerEnAttente()).isZero();
        assertThat(abandonnes).allSatisfy(c -> assertThat(courriels.parCle(c.getCle()).get(0).getStatut()).isEqualTo(StatutCourriel.ENVOYE));

        assertThat(alertes()).as("each address once").hasSize(3).extracting(PannesCourrielEtDelegueTest::messageId).doesNotHaveDuplicates();
        assertThat(alertes().stream().flatMap(PannesCourrielEtDelegueTest::destinataires))
                .containsExactlyInAnyOrderElementsOf(DESTINATAIRES);
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(dossier.instance().getId()).count())
                .as("incidents resolved by the sending").isZero();
        assertThat(enEchec.abandonnes()).noneMatch(c -> dossier.instance().getId().equals(c.getInstanceProcessus()));
    }

    private Job jusquAuDelaiDepasse() {
        dossier.start().proposerRendezVous().menerEntretien(true).renseignerProjetProfessionnel().renseignerEnvironnement();
        Instant echeance = stored().getEcheanceCroisement();
        ClockUtil.setCurrentTime(Date.from(echeance.plusSeconds(60)));
        return dossier.timer("BoundaryEvent_DelaiCroisementDepasse");
    }

    private Dossier stored() {
        return dossiers.findByReference(dossier.reference()).orElseThrow();
    }

    private List<MimeMessage> alertes() throws Exception {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().contains("Croisement en retard : dossier " + dossier.reference());
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.util.stream.Stream<String> destinataires(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(Object::toString);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
