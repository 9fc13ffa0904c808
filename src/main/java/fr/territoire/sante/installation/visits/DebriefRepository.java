package fr.territoire.sante.installation.visits;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DebriefRepository extends JpaRepository<Debrief, Long> {

    List<Debrief> findByDossierIdOrderByIdAsc(Long dossierId);

    Optional<Debrief> findFirstByDossierIdAndTypeOrderByIdDesc(Long dossierId, Debrief.Type type);
}
