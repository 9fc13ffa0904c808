package fr.territoire.sante.installation.process;

import static fr.territoire.sante.installation.process.AccompagnementDetoursTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.TestStaff;
import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierRepository;
import fr.territoire.sante.installation.dossier.EvenementRepository;
import fr.territoire.sante.installation.identity.Groups;
import fr.territoire.sante.installation.interview.DeplacementEntretien;
import fr.territoire.sante.installation.interview.EntretienRepository;
import fr.territoire.sante.installation.interview.DeplacementEntretienRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A CLS or CPTS member moves the interview appointment; the task's due date follows; every move is kept. */
@Order(5)
class InterviewMoveTest extends ProcessTest {

    @Autowired
    DossierRepository dossiers;
    @Autowired
    EntretienRepository entretienRecords;
    @Autowired
    DeplacementEntretienRepository deplacements;
    @Autowired
    EvenementRepository evenements;

    @Test
    void theAppointmentMovesSeveralTimesAndTheInterviewTaskFallsDueAtTheNewDate() {
        signInAs(TestStaff.CPTS, Groups.CPTS);
        dossier.start().proposerRendezVous();
        Dossier stored = dossiers.findByReference(dossier.reference()).orElseThrow();
        Instant initial = entretienRecords.findByDossierId(stored.getId()).orElseThrow().getDateRendezVous();

        move(dossier.reference(), 6, "14:30", "Le professionnel est retenu par un remplacement");
        Instant first = at(6, "14:30");
        assertThat(interviewTask().getDueDate()).isEqualTo(Date.from(first));

        signInAs(TestStaff.CLS, Groups.CLS);
        move(dossier.reference(), 8, "09:00", "Interlocutrice du CLS absente");
        Instant second = at(8, "09:00");

        assertThat(interviewTask().getDueDate()).isEqualTo(Date.from(second));
        assertThat(engine.getRuntimeService().getVariable(dossier.instance().getId(), ProcessVariables.DATE_ENTRETIEN))
                .isEqualTo(Date.from(second));
        assertThat(entretienRecords.findByDossierId(stored.getId()).orElseThrow().getDateRendezVous()).isEqualTo(second);
        List<DeplacementEntretien> moves = deplacements.findByDossierIdOrderByIdAsc(stored.getId());
        assertThat(moves).extracting(DeplacementEntretien::getAncienneDate).containsExactly(initial, first);
        assertThat(moves).extracting(DeplacementEntretien::getNouvelleDate).containsExactly(first, second);
        assertThat(moves).extracting(DeplacementEntretien::getAuteur).containsExactly(TestStaff.CPTS, TestStaff.CLS);
        assertThat(moves).extracting(DeplacementEntretien::getMotif)
                .containsExactly("Le professionnel est retenu par un remplacement", "Interlocutrice du CLS absente");
        assertThat(evenements.findAll()).filteredOn(e -> e.getDossierId().equals(stored.getId()))
                .filteredOn(e -> e.getType().equals("RENDEZ_VOUS_DEPLACE")).hasSize(2);
        engine.getIdentityService().clearAuthentication(); // staff may not read the history; the check may
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.DEPLACEMENT_ENTRETIEN).processInstanceBusinessKey(dossier.reference())
                .finished().count()).isEqualTo(2);

        signInAs(TestStaff.CLS, Groups.CLS);
        dossier.menerEntretien(true);
        assertThat(dossier.tasks(ProcessKeys.TACHE_ENTRETIEN)).as("the interview held, the task is done").isEmpty();
    }

    @Test
    void aMoveIsRefusedWhenTheDossierDoesNotWaitForItsInterview() {
        signInAs(TestStaff.CLS, Groups.CLS);
        dossier.start();
        assertRefused(() -> move(dossier.reference(), 5, "10:00", "Essai"), "n'attend pas d'entretien");
        assertRefused(() -> move("PS-1999-0001", 5, "10:00", "Essai"), "aucun dossier ne porte la référence");
        dossier.proposerRendezVous();
        assertRefused(() -> engine.getFormService().submitStartForm(definitionId(), Map.of(
                "dossierReference", dossier.reference(), "nouvelleDateEntretien", "2020-01-06T10:00", "motifDeplacement", "Essai")),
                "« Nouvelle date de l'entretien » doit être dans le futur");
        assertRefused(() -> engine.getFormService().submitStartForm(definitionId(), Map.of(
                "dossierReference", dossier.reference(), "nouvelleDateEntretien", DossierDriver.inDays(4) + "T10:00")),
                "« Raison du déplacement » est obligatoire");
        dossier.menerEntretien(true);
        assertRefused(() -> move(dossier.reference(), 5, "10:00", "Trop tard"), "n'attend pas d'entretien");
    }

    private void move(String reference, int inDays, String time, String reason) {
        engine.getFormService().submitStartForm(definitionId(), Map.of(
                "dossierReference", reference,
                "nouvelleDateEntretien", DossierDriver.inDays(inDays) + "T" + time,
                "motifDeplacement", reason));
    }

    private static Instant at(int inDays, String time) {
        return Calendrier.le(LocalDate.parse(DossierDriver.inDays(inDays)), LocalTime.parse(time));
    }

    private Task interviewTask() {
        return dossier.tasks(ProcessKeys.TACHE_ENTRETIEN).get(0);
    }

    private void signInAs(String user, String group) {
        engine.getIdentityService().setAuthentication(user, List.of(group));
    }

    private String definitionId() {
        return engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(ProcessKeys.DEPLACEMENT_ENTRETIEN).latestVersion().singleResult().getId();
    }
}
