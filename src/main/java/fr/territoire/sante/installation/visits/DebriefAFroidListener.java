package fr.territoire.sante.installation.visits;

import static fr.territoire.sante.installation.process.ProcessVariables.DECISION_DEBRIEF;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierStore;
import fr.territoire.sante.installation.dossier.Journal;
import fr.territoire.sante.installation.matching.Croisement;
import fr.territoire.sante.installation.matching.Croisements;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.process.FormStepListener;
import fr.territoire.sante.installation.process.FormValues;
import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** D, time 3. The cold debrief and the professional's decision, which the next gateway follows. */
@Component("debriefAFroidListener")
class DebriefAFroidListener extends FormStepListener {

    static final String INSTALLATION = "installation";
    static final String AUTRES_LIEUX = "autresLieux";
    static final String ARRET = "arret";
    static final Set<String> DECISIONS = Set.of(INSTALLATION, "reflexion", AUTRES_LIEUX, ARRET);

    private final DossierStore store;
    private final Croisements croisements;
    private final DebriefRepository debriefs;
    private final Journal journal;

    DebriefAFroidListener(DossierStore store, Croisements croisements, DebriefRepository debriefs, Journal journal) {
        this.store = store;
        this.croisements = croisements;
        this.debriefs = debriefs;
        this.journal = journal;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form) {
        String ressenti = form.requiredText("ressentiADistance", "Ressenti à distance");
        String decision = form.choice("decision", "Décision du professionnel", DECISIONS);
        boolean installation = INSTALLATION.equals(decision);
        String lieu = form.requiredLineIf(installation, "lieuInstallation", "Lieu d'installation");
        String commune = form.requiredLineIf(installation, "communeInstallation", "Commune d'installation");
        LocalDate date = installation ? form.date("dateInstallationPrevue", "Date d'installation prévue", false) : null;
        String criteres = form.requiredTextIf(AUTRES_LIEUX.equals(decision), "criteresRevises", "Critères révisés");
        String motif = form.requiredTextIf(ARRET.equals(decision), "motifArret", "Motif de l'arrêt");
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
