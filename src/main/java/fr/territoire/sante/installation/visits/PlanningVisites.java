package fr.territoire.sante.installation.visits;

import fr.territoire.sante.installation.dossier.DossierRepository;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** D. The visit schedule of a dossier: the visits planned for its current matching round. */
@Service
public class PlanningVisites {

    private final DossierRepository dossiers;
    private final VisitePlanifieeRepository visites;

    PlanningVisites(DossierRepository dossiers, VisitePlanifieeRepository visites) {
        this.dossiers = dossiers;
        this.visites = visites;
    }

    /** The current round's visits still planned (not cancelled), soonest first. */
    @Transactional(readOnly = true)
    public List<VisitePlanifiee> prevues(Long dossierId) {
        return dossiers.findById(dossierId)
                .map(d -> d.getCroisementCourantId() == null ? List.<VisitePlanifiee>of()
                        : visites.findByCroisementIdAndStatutOrderByDebutAscIdAsc(d.getCroisementCourantId(), StatutVisite.PREVUE))
                .orElse(List.of());
    }

    /** Every visit of the current round, cancelled ones included, soonest first: what the dossier page lists. */
    @Transactional(readOnly = true)
    public List<VisitePlanifiee> toutes(Long dossierId) {
        return dossiers.findById(dossierId)
                .map(d -> d.getCroisementCourantId() == null ? List.<VisitePlanifiee>of()
                        : visites.findByCroisementIdOrderByDebutAscIdAsc(d.getCroisementCourantId()))
                .orElse(List.of());
    }
}
