package fr.territoire.sante.installation.dossier;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.support.PageableExecutionUtils;

public interface DossierRepository extends JpaRepository<Dossier, Long> {

    Optional<Dossier> findByReference(String reference);

    /**
     * One page of the dossiers at a stage, oldest first, with the stage's total: what a list page
     * shows. Only the page number and size of the Pageable are used; the order is always this one.
     */
    default Page<Dossier> pageOfStage(Etape etape, Statut statut, Pageable page) {
        if (page.isUnpaged()) {
            throw new IllegalArgumentException("a stage's list is read a page at a time");
        }
        List<Dossier> content = pageOfStage(etape, statut, page.getOffset(), page.getPageSize());
        return PageableExecutionUtils.getPage(content, page, () -> countOfStage(etape, statut));
    }

    /**
     * The rows of one page, found by a "deferred join": the sub-query walks the index (etape, statut,
     * cree_le, id) alone to skip the rows before the page, and only the page's own rows are read
     * from the table. Skipping whole rows instead cost 45 ms at p95 for the last page of a stage of
     * 25,000 dossiers on PostgreSQL, which then chose to sort the whole stage (see
     * docs/performance.md). Ordering by the filtered columns too changes nothing in the result but
     * lets H2 read that index in order as well.
     */
    @Query("select d from Dossier d where d.id in ("
            + "select x.id from Dossier x where x.etape = :etape and x.statut = :statut"
            + " order by x.etape, x.statut, x.creeLe, x.id offset :offset rows fetch first :size rows only)"
            + " order by d.etape, d.statut, d.creeLe, d.id")
    List<Dossier> pageOfStage(@Param("etape") Etape etape, @Param("statut") Statut statut,
            @Param("offset") long offset, @Param("size") int size);

    /**
     * Written out rather than derived from the method name: Spring Data builds a derived query anew at
     * each call, which Hibernate then translates again, while a query string hits its plan cache.
     */
    @Query("select count(d) from Dossier d where d.etape = :etape and d.statut = :statut")
    long countOfStage(@Param("etape") Etape etape, @Param("statut") Statut statut);

    List<Dossier> findByEnRetardTrueAndStatut(Statut statut);
}
