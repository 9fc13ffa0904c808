package fr.territoire.sante.installation.interview;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierStore;
import fr.territoire.sante.installation.dossier.Journal;
import fr.territoire.sante.installation.forms.DeployedForms;
import fr.territoire.sante.installation.forms.FormStepListener;
import fr.territoire.sante.installation.forms.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** B. The CPTS part: the professional project. */
@Component("projetProfessionnelListener")
class ProjetProfessionnelListener extends FormStepListener {

    private final DossierStore store;
    private final Entretiens entretiens;
    private final Journal journal;

    ProjetProfessionnelListener(DeployedForms forms, DossierStore store, Entretiens entretiens, Journal journal) {
        super(forms);
        this.store = store;
        this.entretiens = entretiens;
        this.journal = journal;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form) {
        String mode = form.choice("modeExercice");
        String equipe = form.choice("equipePluriprofessionnelle");
        String statut = form.choice("statutExercice");
        String locaux = form.choice("besoinLocaux");
        String communes = form.text("communesSouhaitees");
        String dynamiques = form.text("dynamiquesRecherchees");
        String commentaire = form.text("commentaireCpts");
        form.validate();

        Dossier dossier = store.of(execution);
        entretiens.of(dossier).recordProfessionalProject(mode, equipe, statut, locaux, communes, dynamiques, commentaire);
        journal.record(dossier, "PROJET_PROFESSIONNEL", "Projet professionnel renseigné");
    }
}
