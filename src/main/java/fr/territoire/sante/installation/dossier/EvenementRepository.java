package fr.territoire.sante.installation.dossier;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvenementRepository extends JpaRepository<Evenement, Long> {

    List<Evenement> findByDossierIdOrderByHorodatageAscIdAsc(Long dossierId);
}
