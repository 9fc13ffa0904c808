package fr.territoire.sante.installation.matching;

import static fr.territoire.sante.installation.process.ProcessVariables.ECHEANCE_CROISEMENT;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierStore;
import fr.territoire.sante.installation.dossier.Journal;
import fr.territoire.sante.installation.interview.Entretiens;
import fr.territoire.sante.installation.process.Calendrier;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * C. Opens a matching round. The protocol gives the CPTS 10 days from the interview; a later round
 * (revised criteria) gets 10 days from its opening.
 */
@Component("ouvertureCroisement")
class OuvertureCroisement implements JavaDelegate {

    private final DossierStore store;
    private final Croisements croisements;
    private final Entretiens entretiens;
    private final MatchingProperties properties;
    private final Journal journal;

    OuvertureCroisement(DossierStore store, Croisements croisements, Entretiens entretiens,
            MatchingProperties properties, Journal journal) {
        this.store = store;
        this.croisements = croisements;
        this.entretiens = entretiens;
        this.properties = properties;
        this.journal = journal;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Dossier dossier = store.of(execution);
        Instant now = Calendrier.maintenant();
        boolean firstRound = dossier.getEcheanceCroisement() == null;
        Instant from = firstRound ? entretiens.heldOn(dossier).orElse(now) : now;
        Instant deadline = from.plus(properties.delai());
        croisements.open(dossier, now, deadline);
        execution.setVariable(ECHEANCE_CROISEMENT, Calendrier.date(deadline));
        journal.record(dossier, "CROISEMENT_OUVERT", firstRound ? "Croisement ouvert" : "Nouveau croisement (critères révisés)");
    }
}
