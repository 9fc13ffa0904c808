package fr.territoire.sante.installation.interview;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierStore;
import fr.territoire.sante.installation.dossier.Journal;
import fr.territoire.sante.installation.process.FormStepListener;
import fr.territoire.sante.installation.process.FormValues;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** B. The CPTS part: the professional project. */
@Component("projetProfessionnelListener")
class ProjetProfessionnelListener extends FormStepListener {

    private final DossierStore store;
    private final Entretiens entretiens;
    private final Journal journal;

    ProjetProfessionnelListener(DossierStore store, Entretiens entretiens, Journal journal) {
        this.store = store;
        this.entretiens = entretiens;
        this.journal = journal;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form) {
        String mode = form.choice("modeExercice", "Mode d'exercice", Set.of("isole", "regroupe", "indifferent"));
        String equipe = form.choice("equipePluriprofessionnelle", "Équipe pluriprofessionnelle", Set.of("oui", "non", "indifferent"));
        String statut = form.choice("statutExercice", "Statut d'exercice", Set.of("liberal", "salariat", "mixte", "indecis"));
        String dynamiques = form.text("dynamiquesRecherchees", "Dynamiques recherchées");
        String commentaire = form.text("commentaireCpts", "Commentaire de la CPTS");
        form.validate();

        Dossier dossier = store.of(execution);
        entretiens.of(dossier).recordProfessionalProject(mode, equipe, statut, dynamiques, commentaire);
        journal.record(dossier, "PROJET_PROFESSIONNEL", "Projet professionnel renseigné");
    }
}
