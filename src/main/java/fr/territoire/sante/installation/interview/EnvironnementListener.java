package fr.territoire.sante.installation.interview;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierStore;
import fr.territoire.sante.installation.dossier.Journal;
import fr.territoire.sante.installation.forms.DeployedForms;
import fr.territoire.sante.installation.forms.FormStepListener;
import fr.territoire.sante.installation.forms.FormValues;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** B. The CLS part: professional and family environment (sensitive data, stored only here). */
@Component("environnementListener")
class EnvironnementListener extends FormStepListener {

    private final DossierStore store;
    private final Entretiens entretiens;
    private final Journal journal;

    EnvironnementListener(DeployedForms forms, DossierStore store, Entretiens entretiens, Journal journal) {
        super(forms);
        this.store = store;
        this.entretiens = entretiens;
        this.journal = journal;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form) {
        String locaux = form.text("locauxExercice");
        List<String> besoins = form.choices("besoinsFamille");
        String famille = form.text("situationFamiliale");
        String logement = form.text("logement");
        String conjoint = form.text("emploiConjoint");
        String scolarite = form.text("scolariteGarde");
        String loisirs = form.text("loisirs");
        form.validate();

        Dossier dossier = store.of(execution);
        entretiens.of(dossier).recordEnvironment(locaux, besoins, famille, logement, conjoint, scolarite, loisirs);
        journal.record(dossier, "ENVIRONNEMENT", "Environnement professionnel et familial renseigné");
    }
}
