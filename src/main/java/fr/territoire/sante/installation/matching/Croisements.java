package fr.territoire.sante.installation.matching;

import fr.territoire.sante.installation.dossier.Dossier;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Matching rounds of a dossier; the dossier points at the current one (the latest opened). */
@Component
public class Croisements {

    private final CroisementRepository croisements;

    Croisements(CroisementRepository croisements) {
        this.croisements = croisements;
    }

    Croisement open(Dossier dossier, Instant now, Instant deadline) {
        int numero = dossier.getCroisementCourantId() == null ? 1 : current(dossier).getNumero() + 1;
        Croisement round = croisements.save(new Croisement(dossier.getId(), numero, now, deadline));
        dossier.openMatching(round.getId(), deadline, now);
        return round;
    }

    public Croisement current(Dossier dossier) {
        return Optional.ofNullable(dossier.getCroisementCourantId()).flatMap(croisements::findById)
                .orElseThrow(() -> new IllegalStateException("Dossier " + dossier.getId() + " has no matching round"));
    }

    /** Labels of the sites to visit in the current round: one visit task each. */
    public List<String> sitesToVisit(Dossier dossier) {
        return current(dossier).getLieux().stream().map(LieuPropose::label).toList();
    }
}
