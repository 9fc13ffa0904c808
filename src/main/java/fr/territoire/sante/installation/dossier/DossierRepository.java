package fr.territoire.sante.installation.dossier;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DossierRepository extends JpaRepository<Dossier, Long> {

    Optional<Dossier> findByReference(String reference);

    /**
     * One page of the dossiers at a stage, oldest first, with the stage's total: what a list page
     * shows. The index (etape, statut, cree_le) serves the filter and the order, so a page does not
     * sort the whole stage.
     */
    Page<Dossier> findByEtapeAndStatutOrderByCreeLeAscIdAsc(Etape etape, Statut statut, Pageable page);

    List<Dossier> findByEnRetardTrueAndStatut(Statut statut);
}
