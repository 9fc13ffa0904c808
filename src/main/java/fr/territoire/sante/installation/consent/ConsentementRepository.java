package fr.territoire.sante.installation.consent;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConsentementRepository extends JpaRepository<Consentement, Long> {
}
