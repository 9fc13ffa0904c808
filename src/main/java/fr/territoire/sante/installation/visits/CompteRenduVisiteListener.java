package fr.territoire.sante.installation.visits;

import static fr.territoire.sante.installation.process.ProcessVariables.LIEU_VISITE;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierStore;
import fr.territoire.sante.installation.dossier.Journal;
import fr.territoire.sante.installation.matching.Croisements;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.forms.DeployedForms;
import fr.territoire.sante.installation.forms.FormStepListener;
import fr.territoire.sante.installation.forms.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** D, time 1. One visit report per site (the multi-instance element variable names the site). */
@Component("compteRenduVisiteListener")
class CompteRenduVisiteListener extends FormStepListener {

    private final DossierStore store;
    private final Croisements croisements;
    private final VisiteRepository visites;
    private final Journal journal;

    CompteRenduVisiteListener(DeployedForms forms, DossierStore store, Croisements croisements, VisiteRepository visites, Journal journal) {
        super(forms);
        this.store = store;
        this.croisements = croisements;
        this.visites = visites;
        this.journal = journal;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form) {
        boolean realisee = "oui".equals(form.requiredChoice("visiteRealisee"));
        String equipe = form.text("equipePresente");
        String points = form.text("pointsForts");
        String conditions = form.text("conditionsMaterielles");
        String interet = form.requiredChoice("interetProfessionnel");
        boolean coordonnees = form.checked("coordonneesEchangees");
        form.validate();

        Dossier dossier = store.of(execution);
        String lieu = (String) execution.getVariable(LIEU_VISITE);
        visites.save(new Visite(dossier.getId(), croisements.current(dossier).getId(), lieu, realisee, equipe, points,
                conditions, interet, coordonnees, Calendrier.maintenant()));
        journal.record(dossier, "VISITE_RENDUE", "Compte rendu de visite enregistré");
    }
}
