package fr.territoire.sante.installation.interview;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EntretienRepository extends JpaRepository<Entretien, Long> {

    // JPQL rather than a derived query: Hibernate caches a JPQL string's translation, while the
    // criteria query Spring Data derives from the name is translated again at every call.
    @Query("select e from Entretien e where e.dossierId = :dossierId")
    Optional<Entretien> findByDossierId(@Param("dossierId") Long dossierId);
}
