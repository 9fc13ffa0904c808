package fr.territoire.sante.installation.followup;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SuiviRepository extends JpaRepository<Suivi, Long> {

    List<Suivi> findByDossierIdOrderByMoisAsc(Long dossierId);

    // JPQL rather than a derived query: Hibernate caches a JPQL string's translation, while the
    // criteria query Spring Data derives from the name is translated again at every call.
    @Query("select s from Suivi s where s.dossierId = :dossierId and s.realiseLe is null order by s.mois asc limit 1")
    Optional<Suivi> findFirstByDossierIdAndRealiseLeIsNullOrderByMoisAsc(@Param("dossierId") Long dossierId);
}
