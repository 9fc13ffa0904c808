package fr.territoire.sante.installation.interview;

import static fr.territoire.sante.installation.process.ProcessVariables.DATE_ENTRETIEN;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierStore;
import fr.territoire.sante.installation.dossier.Journal;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.forms.DeployedForms;
import fr.territoire.sante.installation.forms.FormStepListener;
import fr.territoire.sante.installation.forms.FormValues;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** A. The interview appointment: date (ahead) and place, the CPTS premises by default. */
@Component("rendezVousListener")
class RendezVousListener extends FormStepListener {

    private final DossierStore store;
    private final Entretiens entretiens;
    private final Journal journal;

    RendezVousListener(DeployedForms forms, DossierStore store, Entretiens entretiens, Journal journal) {
        super(forms);
        this.store = store;
        this.entretiens = entretiens;
        this.journal = journal;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form) {
        Instant date = form.futureDateTime("dateEntretien");
        String lieu = form.requiredLine("lieuEntretien");
        String cls = form.line("interlocuteurCls");
        String cpts = form.line("interlocuteurCpts");
        form.validate();

        Dossier dossier = store.of(execution);
        entretiens.schedule(dossier, date, lieu, cls, cpts);
        execution.setVariable(DATE_ENTRETIEN, Calendrier.date(date));
        journal.record(dossier, "RENDEZ_VOUS_PROPOSE", "Rendez-vous d'entretien fixé");
    }
}
