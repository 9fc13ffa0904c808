package fr.territoire.sante.installation.interview;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierStore;
import fr.territoire.sante.installation.dossier.Journal;
import fr.territoire.sante.installation.process.FormStepListener;
import fr.territoire.sante.installation.process.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** B. The CLS part: professional and family environment (sensitive data, stored only here). */
@Component("environnementListener")
class EnvironnementListener extends FormStepListener {

    private final DossierStore store;
    private final Entretiens entretiens;
    private final Journal journal;

    EnvironnementListener(DossierStore store, Entretiens entretiens, Journal journal) {
        this.store = store;
        this.entretiens = entretiens;
        this.journal = journal;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form) {
        String locaux = form.text("locauxExercice", "Locaux d'exercice souhaités");
        String famille = form.requiredText("situationFamiliale", "Famille");
        String logement = form.requiredText("logement", "Logement");
        String conjoint = form.text("emploiConjoint", "Emploi du conjoint");
        String scolarite = form.text("scolariteGarde", "Scolarité et mode de garde");
        String loisirs = form.text("loisirs", "Loisirs");
        form.validate();

        Dossier dossier = store.of(execution);
        entretiens.of(dossier).recordEnvironment(locaux, famille, logement, conjoint, scolarite, loisirs);
        journal.record(dossier, "ENVIRONNEMENT", "Environnement professionnel et familial renseigné");
    }
}
