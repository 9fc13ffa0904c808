package fr.territoire.sante.installation.intake;

import static fr.territoire.sante.installation.process.ProcessVariables.DOSSIER_ID;
import static fr.territoire.sante.installation.process.ProcessVariables.DOSSIER_REFERENCE;
import static fr.territoire.sante.installation.process.ProcessVariables.PROFESSIONNEL;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierStore;
import fr.territoire.sante.installation.dossier.Journal;
import fr.territoire.sante.installation.dossier.Professionnel;
import fr.territoire.sante.installation.dossier.Professions;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.process.FormStepListener;
import fr.territoire.sante.installation.process.FormValues;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** A. The request form: creates the dossier, gives the process its readable reference as business key. */
@Component("demandeRecueListener")
class DemandeRecueListener extends FormStepListener {

    static final Set<String> ORIGINES = Set.of("ars", "cpam", "elus", "partenaires", "bouche-a-oreille",
            "candidature-directe", "autre");
    static final Set<String> HORIZONS = Set.of("court", "moyen", "long");

    private final DossierStore store;
    private final Journal journal;

    DemandeRecueListener(DossierStore store, Journal journal) {
        this.store = store;
        this.journal = journal;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form) {
        Professionnel professionnel = new Professionnel(
                form.requiredLine("prenom", "Prénom"),
                form.requiredLine("nom", "Nom"),
                form.email("email", "Adresse e-mail"),
                form.phone("telephone", "Téléphone"),
                form.choice("profession", "Profession", Professions.LABELS.keySet()),
                form.line("specialite", "Spécialité"),
                form.choice("origineDemande", "Origine de la demande", ORIGINES),
                form.requiredText("situationActuelle", "Situation actuelle"),
                form.choice("horizon", "Horizon d'installation", HORIZONS),
                form.text("commentaire", "Commentaire"),
                Calendrier.maintenant());
        form.mustBeChecked("consentement", "Information du professionnel sur ses données");
        form.validate();

        Dossier dossier = store.open(professionnel);
        dossier.attachTo(execution.getProcessInstanceId());
        execution.setProcessBusinessKey(dossier.getReference());
        execution.setVariable(DOSSIER_ID, dossier.getId());
        execution.setVariable(DOSSIER_REFERENCE, dossier.getReference());
        execution.setVariable(PROFESSIONNEL, dossier.displayLabel());
        journal.record(dossier, "DEMANDE_RECUE", "Demande d'accompagnement enregistrée");
    }
}
