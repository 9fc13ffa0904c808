package fr.territoire.sante.installation.dossier;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CompteurReferenceRepository extends JpaRepository<CompteurReference, Integer> {

    /** Locks the year's row until the transaction ends, so two new dossiers never share a number. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from CompteurReference c where c.annee = ?1")
    Optional<CompteurReference> lockYear(int annee);
}
