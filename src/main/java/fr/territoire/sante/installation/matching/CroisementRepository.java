package fr.territoire.sante.installation.matching;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CroisementRepository extends JpaRepository<Croisement, Long> {

    List<Croisement> findByDossierIdOrderByNumeroAsc(Long dossierId);
}
