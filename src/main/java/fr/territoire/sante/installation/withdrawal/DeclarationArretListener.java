package fr.territoire.sante.installation.withdrawal;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierRepository;
import fr.territoire.sante.installation.dossier.Journal;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.forms.DeployedForms;
import fr.territoire.sante.installation.forms.FormStepListener;
import fr.territoire.sante.installation.forms.FormValues;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Withdrawal form: the dossier must exist and still be under way; the reason goes to the store. */
@Component("declarationArretListener")
class DeclarationArretListener extends FormStepListener {

    static final String REFERENCE = "referenceDossierArrete";

    private final DossierRepository dossiers;
    private final Journal journal;

    DeclarationArretListener(DeployedForms forms, DossierRepository dossiers, Journal journal) {
        super(forms);
        this.dossiers = dossiers;
        this.journal = journal;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form) {
        String reference = form.requiredLine("dossierReference");
        form.requiredChoice("motifArret");
        String motif = form.choiceLabel("motifArret");
        String commentaire = form.text("commentaireArret");
        Optional<Dossier> dossier = reference == null ? Optional.empty() : dossiers.findByReference(reference.toUpperCase());
        form.check(reference == null || dossier.isPresent(), "dossierReference", "aucun dossier ne porte la référence « " + reference + " »");
        form.check(dossier.map(Dossier::isActive).orElse(true), "dossierReference", "le dossier « " + reference + " » est déjà clos");
        form.validate();

        Dossier found = dossier.orElseThrow();
        found.recordWithdrawalReason(motif + (commentaire == null ? "" : " : " + commentaire), Calendrier.maintenant());
        execution.setProcessBusinessKey(found.getReference());
        execution.setVariable(REFERENCE, found.getReference());
        journal.record(found, "ARRET_DECLARE", "Arrêt de la démarche déclaré (" + motif + ")");
    }
}
