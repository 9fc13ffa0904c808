package fr.territoire.sante.installation.visits;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VisitePlanifieeRepository extends JpaRepository<VisitePlanifiee, Long> {

    List<VisitePlanifiee> findByCroisementIdAndStatutOrderByDebutAscIdAsc(Long croisementId, StatutVisite statut);

    List<VisitePlanifiee> findByCroisementIdOrderByDebutAscIdAsc(Long croisementId);
}
