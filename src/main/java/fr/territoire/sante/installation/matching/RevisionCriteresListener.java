package fr.territoire.sante.installation.matching;

import static fr.territoire.sante.installation.process.ProcessVariables.POURSUIT_DEMARCHE;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierStore;
import fr.territoire.sante.installation.dossier.Journal;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.process.FormStepListener;
import fr.territoire.sante.installation.process.FormValues;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** C. No site matched: criteria revised with the professional, who searches again or stops. */
@Component("revisionCriteresListener")
class RevisionCriteresListener extends FormStepListener {

    private final DossierStore store;
    private final Croisements croisements;
    private final Journal journal;

    RevisionCriteresListener(DossierStore store, Croisements croisements, Journal journal) {
        this.store = store;
        this.croisements = croisements;
        this.journal = journal;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form) {
        String criteres = form.requiredText("criteresRevises", "Critères révisés");
        boolean poursuit = "poursuite".equals(form.choice("suite", "Suite", Set.of("poursuite", "arret")));
        String motif = form.requiredTextIf(!poursuit, "motifArret", "Motif de l'arrêt");
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
