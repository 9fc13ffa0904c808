package fr.territoire.sante.installation.visits;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InformationElusRepository extends JpaRepository<InformationElus, Long> {

    List<InformationElus> findByDossierIdOrderByIdAsc(Long dossierId);
}
