package fr.territoire.sante.installation.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.TestStaff;
import fr.territoire.sante.installation.notification.EnvoiCourriels;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.process.DossierDriver;
import fr.territoire.sante.installation.process.ProcessTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The daily digest through the outbox and a real SMTP server: a late matching leads the CPTS member's
 * digest with its reference and its Tasklist link, never the professional's name; a second run the same
 * day (a restart, another node) sends nothing more; the next day sends again; someone who turned the
 * digest off gets none until they turn it on again.
 */
class RappelsTest extends ProcessTest {

    @Autowired
    Rappels rappels;
    @Autowired
    EnvoiCourriels envoi;
    @Autowired
    PreferencesRappel preferences;

    @Test
    void aLateMatchingLeadsTheCptsDigestOncePerDay() throws Exception {
        Map<String, Object> demande = DossierDriver.demande();
        demande.put("nom", "Rappelée");
        dossier.start(demande).proposerRendezVous().menerEntretien(true).renseignerProjetProfessionnel().renseignerEnvironnement();
        Task croisement = dossier.tasks(TachesARappeler.CROISEMENT).get(0);
        // The day after the due date, early: three hours later is still the same day in Paris, whatever the
        // time the test runs (a digest goes at most once a day).
        LocalDate jourEcheance = LocalDate.ofInstant(croisement.getDueDate().toInstant(), Calendrier.FUSEAU);
        Instant apresEcheance = Calendrier.le(jourEcheance.plusDays(1), LocalTime.of(7, 0));
        ClockUtil.setCurrentTime(Date.from(apresEcheance));
        envoi.envoyerEnAttente();
        SMTP.reset();

        assertThat(rappels.programmer(apresEcheance)).isGreaterThanOrEqualTo(1);
        envoi.envoyerEnAttente();
        MimeMessage cpts = seul(TestStaff.CPTS);
        String corps = (String) cpts.getContent();
        assertThat(cpts.getSubject()).startsWith("Rappel des tâches : ").contains("en retard");
        // Other tests' dossiers share this engine: the expected lines are the engine's own late matchings,
        // oldest due first, and they lead the section before any other late task.
        List<String> croisementsEnRetard = engine.getTaskService().createTaskQuery().taskCandidateGroup("cpts")
                .includeAssignedTasks().taskDefinitionKey(TachesARappeler.CROISEMENT).dueBefore(Date.from(apresEcheance))
                .orderByDueDate().asc().orderByTaskId().asc().listPage(0, 15).stream().map(Task::getId).toList();
        assertThat(croisementsEnRetard).isNotEmpty();
        List<String> taches = corps.substring(corps.indexOf("Délais dépassés")).lines()
                .filter(ligne -> ligne.contains("?task=")).map(ligne -> ligne.substring(ligne.indexOf("?task=") + 6).trim())
                .limit(croisementsEnRetard.size()).toList();
        assertThat(taches).as("the late matchings come first").isEqualTo(croisementsEnRetard);
        if (croisementsEnRetard.contains(croisement.getId())) {
            assertThat(corps).contains(dossier.reference() + " – Croiser les besoins avec les lieux d'exercice");
        }
        assertThat(corps).contains("/app/tasklist/default/#/?task=", "/mes-rappels").doesNotContain("Rappelée", "Jeanne");
        for (MimeMessage cls : recus(TestStaff.CLS)) {
            assertThat((String) cls.getContent()).as("the matching is the CPTS's task").doesNotContain("?task=" + croisement.getId());
        }
        assertThat(recus(TestStaff.PILOTAGE)).as("pilotage gets no digest").isEmpty();

        SMTP.reset();
        assertThat(rappels.programmer(apresEcheance.plus(Duration.ofHours(3)))).as("same day: already queued").isZero();
        envoi.envoyerEnAttente();
        assertThat(recus(TestStaff.CPTS)).isEmpty();

        Instant lendemain = apresEcheance.plus(Duration.ofDays(1));
        ClockUtil.setCurrentTime(Date.from(lendemain));
        preferences.choisir(TestStaff.CPTS, false);
        try {
            rappels.programmer(lendemain);
            envoi.envoyerEnAttente();
            assertThat(recus(TestStaff.CPTS)).as("turned off").isEmpty();
        } finally {
            preferences.choisir(TestStaff.CPTS, true);
        }
        rappels.programmer(lendemain);
        envoi.envoyerEnAttente();
        assertThat(recus(TestStaff.CPTS)).as("turned on again, the next day's digest goes").hasSize(1);
    }

    @Test
    void nothingToRemindMeansNoMail() {
        Map<Section, Extrait> rien = Map.of();
        assertThat(Recapitulatif.ecrire("Amélie", Map.of("cls", rien), Instant.now(), "http://t/", "http://a")).isNull();
    }

    @Test
    void aSectionLongerThanItsPageSaysHowManyMoreThereAre() {
        TacheRappelee tache = new TacheRappelee("t1", "PS-2026-0001", "Mener l'entretien", "UserTask_MenerEntretien",
                Instant.parse("2026-12-01T09:00:00Z"), Instant.parse("2026-12-07T09:00:00Z"));
        Recapitulatif.Texte texte = Recapitulatif.ecrire("Amélie",
                Map.of("cls", Map.of(Section.ECHEANCE_PROCHE, new Extrait(3, List.of(tache)))),
                Instant.parse("2026-12-06T06:00:00Z"), "http://t/", "http://a");
        assertThat(texte.objet()).isEqualTo("Rappel des tâches : 3 à échéance proche");
        assertThat(texte.corps()).contains("Bonjour Amélie,", "Échéances proches (3) :",
                "- PS-2026-0001 – Mener l'entretien – échéance le 07/12/2026", "http://t/default/#/?task=t1",
                "… et 2 autre(s) dans Tasklist", "http://a/mes-rappels");
    }

    private List<MimeMessage> recus(String utilisateur) {
        return Arrays.stream(SMTP.getReceivedMessagesForDomain(TestStaff.email(utilisateur)))
                .filter(message -> {
                    try {
                        return message.getSubject().startsWith("Rappel des tâches");
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
    }

    private MimeMessage seul(String utilisateur) {
        List<MimeMessage> messages = recus(utilisateur);
        assertThat(messages).as(utilisateur).hasSize(1);
        return messages.get(0);
    }
}
