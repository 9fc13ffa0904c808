package fr.territoire.sante.installation.interview;

import static fr.territoire.sante.installation.process.ProcessVariables.NOUVELLE_DATE_ENTRETIEN;
import static fr.territoire.sante.installation.process.ProcessVariables.TACHE_ENTRETIEN_DEPLACEE;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierRepository;
import fr.territoire.sante.installation.dossier.Journal;
import fr.territoire.sante.installation.forms.DeployedForms;
import fr.territoire.sante.installation.forms.FormStepListener;
import fr.territoire.sante.installation.forms.FormValues;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.process.ProcessKeys;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A. The interview appointment moves: the dossier must be waiting for its interview (appointment set,
 * interview not held); the move and its reason are kept, the new date goes to the dossier's process.
 */
@Component("deplacementEntretienListener")
class DeplacementEntretienListener extends FormStepListener {

    private static final DateTimeFormatter QUAND = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm").withZone(Calendrier.FUSEAU);

    private final DossierRepository dossiers;
    private final Entretiens entretiens;
    private final Journal journal;

    DeplacementEntretienListener(DeployedForms forms, DossierRepository dossiers, Entretiens entretiens, Journal journal) {
        super(forms);
        this.dossiers = dossiers;
        this.entretiens = entretiens;
        this.journal = journal;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form) {
        String reference = form.requiredLine("dossierReference");
        Instant nouvelleDate = form.futureDateTime("nouvelleDateEntretien");
        String motif = form.requiredText("motifDeplacement");
        Optional<Dossier> dossier = reference == null ? Optional.empty() : dossiers.findByReference(reference.toUpperCase());
        form.check(reference == null || dossier.isPresent(), "dossierReference", "aucun dossier ne porte la référence « " + reference + " »");
        form.check(dossier.map(Dossier::isActive).orElse(true), "dossierReference", "le dossier « " + reference + " » est clos");
        Optional<Task> tacheEntretien = dossier.filter(Dossier::isActive).flatMap(d -> interviewTask(execution, d));
        form.check(dossier.map(d -> !d.isActive() || tacheEntretien.isPresent()).orElse(true), "dossierReference",
                "le dossier « " + reference + " » n'attend pas d'entretien (rendez-vous pas encore fixé, ou entretien déjà mené)");
        form.validate();

        Dossier found = dossier.orElseThrow();
        Instant ancienne = entretiens.move(found, nouvelleDate, motif, journal.currentUser(), Calendrier.maintenant());
        execution.setProcessBusinessKey(found.getReference());
        execution.setVariable(TACHE_ENTRETIEN_DEPLACEE, tacheEntretien.orElseThrow().getId());
        execution.setVariable(NOUVELLE_DATE_ENTRETIEN, Calendrier.date(nouvelleDate));
        journal.record(found, "RENDEZ_VOUS_DEPLACE", "Rendez-vous d'entretien déplacé du " + QUAND.format(ancienne)
                + " au " + QUAND.format(nouvelleDate));
    }

    /** Its interview task, open while the appointment is set and the interview not held yet. */
    private static Optional<Task> interviewTask(DelegateExecution execution, Dossier dossier) {
        return Optional.ofNullable(execution.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(dossier.getProcessInstanceId())
                .taskDefinitionKey(ProcessKeys.TACHE_ENTRETIEN)
                .singleResult());
    }
}
