package fr.territoire.sante.installation.catalogue;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AideInstallationRepository extends JpaRepository<AideInstallation, Long> {

    Optional<AideInstallation> findByCle(String cle);
}
