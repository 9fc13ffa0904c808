package fr.territoire.sante.installation.visits;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VisiteRepository extends JpaRepository<Visite, Long> {

    List<Visite> findByDossierIdOrderByIdAsc(Long dossierId);
}
