package fr.territoire.sante.installation.visits;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InformationElusCourrielRepository extends JpaRepository<InformationElusCourriel, Long> {

    List<InformationElusCourriel> findByDossierIdOrderByIdAsc(Long dossierId);

    boolean existsByCle(String cle);
}
