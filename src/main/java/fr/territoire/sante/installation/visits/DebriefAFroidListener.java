package fr.territoire.sante.installation.visits;

import static fr.territoire.sante.installation.process.ProcessVariables.DECISION_DEBRIEF;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierStore;
import fr.territoire.sante.installation.dossier.Journal;
import fr.territoire.sante.installation.matching.Croisement;
import fr.territoire.sante.installation.matching.Croisements;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.forms.DeployedForms;
import fr.territoire.sante.installation.forms.FormStepListener;
import fr.territoire.sante.installation.forms.FormValues;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** D, time 3. The cold debrief and the professional's decision, which the next gateway follows. */
@Component("debriefAFroidListener")
class DebriefAFroidListener extends FormStepListener {

    static final String INSTALLATION = "installation";
    static final String AUTRES_LIEUX = "autresLieux";
    static final String ARRET = "arret";

    private final DossierStore store;
    private final Croisements croisements;
    private final DebriefRepository debriefs;
    private final Journal journal;

    DebriefAFroidListener(DeployedForms forms, DossierStore store, Croisements croisements, DebriefRepository debriefs, Journal journal) {
        super(forms);
        this.store = store;
        this.croisements = croisements;
        this.debriefs = debriefs;
        this.journal = journal;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form) {
        String ressenti = form.requiredText("ressentiADistance");
        String decision = form.requiredChoice("decision");
        boolean installation = INSTALLATION.equals(decision);
        String lieu = installation ? form.line("lieuInstallation") : null;
        String commune = installation ? form.line("communeInstallation") : null;
        LocalDate date = installation ? form.date("dateInstallationPrevue") : null;
        String criteres = AUTRES_LIEUX.equals(decision) ? form.text("criteresRevises") : null;
        String motif = ARRET.equals(decision) ? form.text("motifArret") : null;
        form.check(!installation || lieu != null, "lieuInstallation", "indiquez où le professionnel s'installe");
        form.check(!AUTRES_LIEUX.equals(decision) || criteres != null, "criteresRevises", "indiquez les critères de la nouvelle recherche");
        form.check(!ARRET.equals(decision) || motif != null, "motifArret", "indiquez pourquoi le professionnel arrête");
        form.validate();

        Dossier dossier = store.of(execution);
        Croisement round = croisements.current(dossier);
        debriefs.save(Debrief.froid(dossier.getId(), round.getId(), ressenti, decision, criteres,
                Calendrier.maintenant()));
        if (installation) {
            dossier.recordSettlement(lieu, commune, date, Calendrier.maintenant());
        }
        if (criteres != null) {
            round.recordRevisedCriteria(criteres);
        }
        if (motif != null) {
            dossier.recordWithdrawalReason(motif, Calendrier.maintenant());
        }
        execution.setVariable(DECISION_DEBRIEF, decision);
        journal.record(dossier, "DEBRIEF_A_FROID", "Débrief à froid mené, décision : " + decision);
    }
}
