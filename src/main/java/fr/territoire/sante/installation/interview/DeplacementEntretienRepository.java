package fr.territoire.sante.installation.interview;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeplacementEntretienRepository extends JpaRepository<DeplacementEntretien, Long> {

    List<DeplacementEntretien> findByDossierIdOrderByIdAsc(Long dossierId);
}
