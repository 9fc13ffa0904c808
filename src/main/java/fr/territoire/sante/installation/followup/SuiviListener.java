package fr.territoire.sante.installation.followup;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierStore;
import fr.territoire.sante.installation.dossier.Journal;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.forms.DeployedForms;
import fr.territoire.sante.installation.forms.FormStepListener;
import fr.territoire.sante.installation.forms.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** E. Records the follow-up call the task stands for (the earliest one not done yet). */
@Component("suiviListener")
class SuiviListener extends FormStepListener {

    private final DossierStore store;
    private final SuiviRepository suivis;
    private final Journal journal;

    SuiviListener(DeployedForms forms, DossierStore store, SuiviRepository suivis, Journal journal) {
        super(forms);
        this.store = store;
        this.suivis = suivis;
        this.journal = journal;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form) {
        boolean joint = "oui".equals(form.requiredChoice("professionnelJoint"));
        String situation = form.choice("situation");
        boolean installe = "installe".equals(situation) || "en-cours".equals(situation);
        String lieu = installe ? form.line("lieuExercice") : null;
        String commune = installe ? form.line("commune") : null;
        String difficultes = form.text("difficultes");
        String besoins = form.text("nouveauxBesoins");
        form.validate();

        Dossier dossier = store.of(execution);
        Suivi suivi = suivis.findFirstByDossierIdAndRealiseLeIsNullOrderByMoisAsc(dossier.getId())
                .orElseThrow(() -> new IllegalStateException("No follow-up planned for dossier " + dossier.getId()));
        suivi.record(Calendrier.maintenant(), joint, situation, lieu, commune, difficultes, besoins);
        if (installe && lieu != null) {
            dossier.recordSettlement(lieu, commune, dossier.getDateInstallation(), Calendrier.maintenant());
        }
        journal.record(dossier, "SUIVI_" + suivi.getMois() + "_MOIS", "Suivi téléphonique à " + suivi.getMois() + " mois réalisé");
    }
}
