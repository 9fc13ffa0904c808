package fr.territoire.sante.installation.catalogue;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LieuExerciceRepository extends JpaRepository<LieuExercice, Long> {

    Optional<LieuExercice> findByCle(String cle);
}
