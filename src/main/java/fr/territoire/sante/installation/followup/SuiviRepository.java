package fr.territoire.sante.installation.followup;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SuiviRepository extends JpaRepository<Suivi, Long> {

    List<Suivi> findByDossierIdOrderByMoisAsc(Long dossierId);

    Optional<Suivi> findFirstByDossierIdAndRealiseLeIsNullOrderByMoisAsc(Long dossierId);
}
