package fr.territoire.sante.installation.visits;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierStore;
import fr.territoire.sante.installation.dossier.Journal;
import fr.territoire.sante.installation.forms.DeployedForms;
import fr.territoire.sante.installation.forms.FormStepListener;
import fr.territoire.sante.installation.forms.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** D, time 2. The CLS completes the reporting table with the synthesis of the visits. */
@Component("reportingVisitesListener")
class ReportingVisitesListener extends FormStepListener {

    private final DossierStore store;
    private final DebriefRepository debriefs;
    private final Journal journal;

    ReportingVisitesListener(DeployedForms forms, DossierStore store, DebriefRepository debriefs, Journal journal) {
        super(forms);
        this.store = store;
        this.debriefs = debriefs;
        this.journal = journal;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form) {
        String synthese = form.text("syntheseVisites");
        String preferes = form.text("lieuxPreferes");
        form.validate();

        Dossier dossier = store.of(execution);
        debriefs.findFirstByDossierIdAndTypeOrderByIdDesc(dossier.getId(), Debrief.Type.CHAUD)
                .orElseThrow(() -> new IllegalStateException("No hot debrief for dossier " + dossier.getId()))
                .completeReporting(synthese, preferes);
        journal.record(dossier, "REPORTING_VISITES", "Tableau de reporting mis à jour après les visites");
    }
}
