package fr.territoire.sante.installation.followup;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierStore;
import fr.territoire.sante.installation.dossier.Journal;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.process.FormStepListener;
import fr.territoire.sante.installation.process.FormValues;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** E. Records the follow-up call the task stands for (the earliest one not done yet). */
@Component("suiviListener")
class SuiviListener extends FormStepListener {

    static final Set<String> SITUATIONS = Set.of("installe", "en-cours", "recherche", "renonce");

    private final DossierStore store;
    private final SuiviRepository suivis;
    private final Journal journal;

    SuiviListener(DossierStore store, SuiviRepository suivis, Journal journal) {
        this.store = store;
        this.suivis = suivis;
        this.journal = journal;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form) {
        boolean joint = form.yesNo("professionnelJoint", "Le professionnel a-t-il été joint ?");
        String situation = form.choice("situation", "Situation", SITUATIONS);
        boolean installe = "installe".equals(situation) || "en-cours".equals(situation);
        String lieu = installe ? form.line("lieuExercice", "Lieu d'exercice") : null;
        String commune = installe ? form.line("commune", "Commune") : null;
        String difficultes = form.text("difficultes", "Difficultés rencontrées");
        String besoins = form.text("nouveauxBesoins", "Nouveaux besoins");
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
