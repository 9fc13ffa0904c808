package fr.territoire.sante.installation.visits;

import static fr.territoire.sante.installation.process.ProcessVariables.DATE_DEBRIEF_FROID;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierStore;
import fr.territoire.sante.installation.dossier.Journal;
import fr.territoire.sante.installation.matching.Croisements;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.forms.DeployedForms;
import fr.territoire.sante.installation.forms.FormStepListener;
import fr.territoire.sante.installation.forms.FormValues;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** D, time 2. Hot debrief the evening of the visits, and the appointment for the cold debrief. */
@Component("debriefAChaudListener")
class DebriefAChaudListener extends FormStepListener {

    private final DossierStore store;
    private final Croisements croisements;
    private final DebriefRepository debriefs;
    private final Journal journal;

    DebriefAChaudListener(DeployedForms forms, DossierStore store, Croisements croisements, DebriefRepository debriefs, Journal journal) {
        super(forms);
        this.store = store;
        this.croisements = croisements;
        this.debriefs = debriefs;
        this.journal = journal;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form) {
        String ressenti = form.requiredText("ressenti");
        String attentes = form.text("attentes");
        String besoins = form.text("besoins");
        Instant froid = form.futureDateTime("dateDebriefFroid");
        String modalite = form.choice("modaliteDebriefFroid");
        form.validate();

        Dossier dossier = store.of(execution);
        debriefs.save(Debrief.chaud(dossier.getId(), croisements.current(dossier).getId(), ressenti, attentes, besoins,
                froid, modalite, Calendrier.maintenant()));
        execution.setVariable(DATE_DEBRIEF_FROID, Calendrier.date(froid));
        journal.record(dossier, "DEBRIEF_A_CHAUD", "Débrief à chaud mené, débrief à froid planifié");
    }
}
