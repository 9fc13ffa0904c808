package fr.territoire.sante.installation.intake;

import static fr.territoire.sante.installation.process.ProcessVariables.DOSSIER_ID;
import static fr.territoire.sante.installation.process.ProcessVariables.DOSSIER_REFERENCE;
import static fr.territoire.sante.installation.process.ProcessVariables.PROFESSIONNEL;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierStore;
import fr.territoire.sante.installation.dossier.Journal;
import fr.territoire.sante.installation.dossier.Professionnel;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.forms.DeployedForms;
import fr.territoire.sante.installation.forms.FormStepListener;
import fr.territoire.sante.installation.forms.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** A. The request form: creates the dossier, gives the process its readable reference as business key. */
@Component("demandeRecueListener")
class DemandeRecueListener extends FormStepListener {

    /** The store's column for the phone number is narrower than a line. */
    static final int TELEPHONE_STORED = 30;

    private final DossierStore store;
    private final Journal journal;

    DemandeRecueListener(DeployedForms forms, DossierStore store, Journal journal) {
        super(forms);
        this.store = store;
        this.journal = journal;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form) {
        Professionnel professionnel = new Professionnel(
                form.requiredLine("prenom"),
                form.requiredLine("nom"),
                form.requiredLine("email"),
                form.requiredLine("telephone", TELEPHONE_STORED),
                form.requiredChoice("profession"),
                form.line("specialite"),
                form.requiredChoice("origineDemande"),
                form.requiredText("situationActuelle"),
                form.requiredChoice("horizon"),
                form.text("commentaire"),
                Calendrier.maintenant());
        String profession = form.choiceLabel("profession");
        form.mustBeChecked("consentement");
        form.validate();

        Dossier dossier = store.open(professionnel);
        dossier.attachTo(execution.getProcessInstanceId());
        execution.setProcessBusinessKey(dossier.getReference());
        execution.setVariable(DOSSIER_ID, dossier.getId());
        execution.setVariable(DOSSIER_REFERENCE, dossier.getReference());
        execution.setVariable(PROFESSIONNEL, professionnel.getPrenom() + " " + professionnel.getNom() + " (" + profession + ")");
        journal.record(dossier, "DEMANDE_RECUE", "Demande d'accompagnement enregistrée");
    }
}
