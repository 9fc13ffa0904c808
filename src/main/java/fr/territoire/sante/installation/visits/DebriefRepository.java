package fr.territoire.sante.installation.visits;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DebriefRepository extends JpaRepository<Debrief, Long> {

    List<Debrief> findByDossierIdOrderByIdAsc(Long dossierId);

    // JPQL rather than a derived query: Hibernate caches a JPQL string's translation, while the
    // criteria query Spring Data derives from the name is translated again at every call.
    @Query("select d from Debrief d where d.dossierId = :dossierId and d.type = :type order by d.id desc limit 1")
    Optional<Debrief> findFirstByDossierIdAndTypeOrderByIdDesc(@Param("dossierId") Long dossierId,
            @Param("type") Debrief.Type type);
}
