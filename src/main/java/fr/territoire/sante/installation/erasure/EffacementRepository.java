package fr.territoire.sante.installation.erasure;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EffacementRepository extends JpaRepository<Effacement, Long> {
}
