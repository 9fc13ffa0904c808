package fr.territoire.sante.installation.interview;

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

/** B. The joint interview: motivations, calendar, availability; the professional goes on or stops. */
@Component("entretienListener")
class EntretienListener extends FormStepListener {

    static final String ARRET = "arret";

    private final DossierStore store;
    private final Entretiens entretiens;
    private final Journal journal;

    EntretienListener(DeployedForms forms, DossierStore store, Entretiens entretiens, Journal journal) {
        super(forms);
        this.store = store;
        this.entretiens = entretiens;
        this.journal = journal;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form) {
        String motivations = form.text("motivations");
        String calendrier = form.choice("calendrier");
        String disponibilites = form.text("disponibilitesVisites");
        boolean poursuit = !ARRET.equals(form.requiredChoice("suiteEntretien"));
        String motifArret = form.text("motifArret");
        form.check(poursuit || motifArret != null, "motifArret", "indiquez pourquoi le professionnel arrête");
        form.validate();

        Dossier dossier = store.of(execution);
        entretiens.of(dossier).recordInterview(Calendrier.maintenant(), motivations, calendrier, disponibilites);
        if (!poursuit) {
            dossier.recordWithdrawalReason(motifArret, Calendrier.maintenant());
        }
        execution.setVariable(POURSUIT_DEMARCHE, poursuit);
        journal.record(dossier, "ENTRETIEN_MENE", poursuit ? "Entretien mené" : "Entretien mené, le professionnel arrête");
    }
}
