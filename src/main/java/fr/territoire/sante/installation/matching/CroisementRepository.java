package fr.territoire.sante.installation.matching;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CroisementRepository extends JpaRepository<Croisement, Long> {

    Optional<Croisement> findFirstByDossierIdOrderByNumeroDesc(Long dossierId);

    List<Croisement> findByDossierIdOrderByNumeroAsc(Long dossierId);
}
