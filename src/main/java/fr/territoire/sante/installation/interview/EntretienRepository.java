package fr.territoire.sante.installation.interview;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EntretienRepository extends JpaRepository<Entretien, Long> {

    Optional<Entretien> findByDossierId(Long dossierId);
}
