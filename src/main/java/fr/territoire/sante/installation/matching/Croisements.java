package fr.territoire.sante.installation.matching;

import fr.territoire.sante.installation.dossier.Dossier;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** Matching rounds of a dossier; the latest one is the current round. */
@Component
public class Croisements {

    private final CroisementRepository croisements;

    Croisements(CroisementRepository croisements) {
        this.croisements = croisements;
    }

    Croisement open(Dossier dossier, Instant now, Instant deadline) {
        int numero = croisements.findFirstByDossierIdOrderByNumeroDesc(dossier.getId()).map(c -> c.getNumero() + 1).orElse(1);
        return croisements.save(new Croisement(dossier.getId(), numero, now, deadline));
    }

    public Croisement current(Dossier dossier) {
        return croisements.findFirstByDossierIdOrderByNumeroDesc(dossier.getId())
                .orElseThrow(() -> new IllegalStateException("Dossier " + dossier.getId() + " has no matching round"));
    }

    /** Labels of the sites to visit in the current round: one visit task each. */
    public List<String> sitesToVisit(Dossier dossier) {
        return current(dossier).getLieux().stream().map(LieuPropose::label).toList();
    }
}
