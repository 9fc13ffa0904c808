package fr.territoire.sante.installation.erasure;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Anonymises the dossiers whose retention period has passed, every night at accompagnement.conservation.heure
 * (cron, Paris time). Every node runs it: a dossier anonymised by one is no longer found by the other.
 * Off in tests ({@code planifie: false}), which call {@link ConservationDossiers#anonymiserEchus()} themselves.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "accompagnement.conservation.planifie", havingValue = "true", matchIfMissing = true)
class ConservationPlanifiee {

    private final ConservationDossiers conservation;

    ConservationPlanifiee(ConservationDossiers conservation) {
        this.conservation = conservation;
    }

    @Scheduled(cron = "${accompagnement.conservation.heure:0 30 3 * * *}", zone = "Europe/Paris")
    void anonymiser() {
        conservation.anonymiserEchus();
    }
}
