package fr.territoire.sante.installation.catalogue;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BesoinTerritoireRepository extends JpaRepository<BesoinTerritoire, Long> {

    Optional<BesoinTerritoire> findByCle(String cle);
}
