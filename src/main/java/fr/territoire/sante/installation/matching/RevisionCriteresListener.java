package fr.territoire.sante.installation.matching;

import static fr.territoire.sante.installation.process.ProcessVariables.POURSUIT_DEMARCHE;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierStore;
import fr.territoire.sante.installation.dossier.Journal;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.forms.DeployedForms;
import fr.territoire.sante.installation.forms.FormStepListener;
import fr.territoire.sante.installation.forms.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** C. No site matched: criteria revised with the professional, who searches again or stops. */
@Component("revisionCriteresListener")
class RevisionCriteresListener extends FormStepListener {

    static final String ARRET = "arret";

    private final DossierStore store;
    private final Croisements croisements;
    private final Journal journal;

    RevisionCriteresListener(DeployedForms forms, DossierStore store, Croisements croisements, Journal journal) {
        super(forms);
        this.store = store;
        this.croisements = croisements;
        this.journal = journal;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form) {
        String criteres = form.text("criteresRevises");
        boolean poursuit = !ARRET.equals(form.requiredChoice("suite"));
        String motif = form.text("motifArret");
        form.check(poursuit || motif != null, "motifArret", "indiquez pourquoi le professionnel arrête");
        form.validate();

        Dossier dossier = store.of(execution);
        croisements.current(dossier).recordRevisedCriteria(criteres);
        dossier.clearLateness(Calendrier.maintenant());
        if (!poursuit) {
            dossier.recordWithdrawalReason(motif, Calendrier.maintenant());
        }
        execution.setVariable(POURSUIT_DEMARCHE, poursuit);
        journal.record(dossier, "CRITERES_REVISES", poursuit ? "Critères révisés, nouveau croisement" : "Le professionnel arrête faute de lieu");
    }
}
