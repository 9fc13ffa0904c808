package fr.territoire.sante.installation.dossier;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DossierRepository extends JpaRepository<Dossier, Long> {

    Optional<Dossier> findByReference(String reference);

    /**
     * One page of the dossiers at a stage, oldest first, with the stage's total: what a list page
     * shows (pass an unsorted Pageable). Ordering by the filtered columns too changes nothing in the
     * result but lets H2 read the index (etape, statut, cree_le, id) in order and stop after the page,
     * as PostgreSQL does anyway, instead of sorting the whole stage.
     */
    @Query(value = "select d from Dossier d where d.etape = :etape and d.statut = :statut"
            + " order by d.etape, d.statut, d.creeLe, d.id",
            countQuery = "select count(d) from Dossier d where d.etape = :etape and d.statut = :statut")
    Page<Dossier> pageOfStage(@Param("etape") Etape etape, @Param("statut") Statut statut, Pageable page);

    List<Dossier> findByEnRetardTrueAndStatut(Statut statut);
}
