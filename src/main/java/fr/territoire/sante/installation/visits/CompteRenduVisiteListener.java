package fr.territoire.sante.installation.visits;

import static fr.territoire.sante.installation.process.ProcessVariables.LIEU_VISITE;
import static fr.territoire.sante.installation.process.ProcessVariables.VISITE_PLANIFIEE_ID;

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

/** D, time 1. One visit report per planned visit (PlanVisites gives each task its site and visit). */
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
        Visite visite = new Visite(dossier.getId(), croisements.current(dossier).getId(), lieu, realisee, equipe, points,
                conditions, interet, coordonnees, Calendrier.maintenant());
        if (execution.getVariable(VISITE_PLANIFIEE_ID) instanceof Number planifiee) {
            visite.rapporteSur(planifiee.longValue());
        }
        visites.save(visite);
        journal.record(dossier, "VISITE_RENDUE", "Compte rendu de visite enregistré");
    }
}
