package fr.territoire.sante.installation.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface CourrielSortantRepository extends JpaRepository<CourrielSortant, Long> {

    boolean existsByCle(String cle);

    Optional<CourrielSortant> findByCle(String cle);

    List<CourrielSortant> findByCleStartingWithOrderByIdAsc(String prefixe);

    List<CourrielSortant> findByStatutInOrderByIdAsc(Collection<StatutCourriel> statuts);

    @Query("select c.id from CourrielSortant c where c.statut = 'A_ENVOYER' and c.prochainEssai <= :now order by c.prochainEssai, c.id")
    List<Long> dus(@Param("now") Instant now, Pageable page);

    /**
     * Compare-and-set claim: only one sender (one node, one thread) turns a waiting row into "being sent".
     * Works the same on H2 and PostgreSQL, unlike "for update skip locked".
     */
    @Modifying
    @Transactional
    @Query("update CourrielSortant c set c.statut = 'EN_COURS', c.reserveLe = :now where c.id = :id and c.statut = 'A_ENVOYER'")
    int reserver(@Param("id") Long id, @Param("now") Instant now);

    /** A sender that died while sending left its rows claimed: they go back to the queue after a while. */
    @Modifying
    @Transactional
    @Query("update CourrielSortant c set c.statut = 'A_ENVOYER', c.reserveLe = null where c.statut = 'EN_COURS' and c.reserveLe < :avant")
    int liberer(@Param("avant") Instant avant);
}
