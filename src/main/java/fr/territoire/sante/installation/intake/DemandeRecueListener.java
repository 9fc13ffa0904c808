package fr.territoire.sante.installation.intake;

import static fr.territoire.sante.installation.process.ProcessVariables.DOSSIER_ID;
import static fr.territoire.sante.installation.process.ProcessVariables.DOSSIER_REFERENCE;
import static fr.territoire.sante.installation.process.ProcessVariables.PROFESSIONNEL;

import fr.territoire.sante.installation.consent.Consentements;
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
    private final Consentements consentements;

    DemandeRecueListener(DeployedForms forms, DossierStore store, Journal journal, Consentements consentements) {
        super(forms);
        this.store = store;
        this.journal = journal;
        this.consentements = consentements;
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
        // The notice the form links to: the form declares its version (a process owner who publishes a
        // new text changes both), so what is recorded is what the staff member had in front of them.
        String versionInformation = form.declared("consentement", "versionInformation").orElse(null);
        form.check(consentements.versionConnue(versionInformation), "consentement",
                "la notice d'information que ce formulaire désigne est introuvable ; prévenez l'administrateur");
        form.validate();

        Dossier dossier = store.open(professionnel);
        dossier.attachTo(execution.getProcessInstanceId());
        execution.setProcessBusinessKey(dossier.getReference());
        execution.setVariable(DOSSIER_ID, dossier.getId());
        execution.setVariable(DOSSIER_REFERENCE, dossier.getReference());
        execution.setVariable(PROFESSIONNEL, professionnel.getPrenom() + " " + professionnel.getNom() + " (" + profession + ")");
        consentements.enregistrer(dossier, versionInformation, journal.currentUser(), professionnel.getConsentementLe());
        journal.record(dossier, "DEMANDE_RECUE", "Demande d'accompagnement enregistrée");
    }
}
