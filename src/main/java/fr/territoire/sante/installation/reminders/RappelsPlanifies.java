package fr.territoire.sante.installation.reminders;

import fr.territoire.sante.installation.process.Calendrier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Queues the digests at accompagnement.rappels.heure (cron, Paris time; 7:00 on working days by default).
 * Every node runs it: the outbox key makes the second run a no-op. Off in tests ({@code planifie: false}).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "accompagnement.rappels.planifie", havingValue = "true", matchIfMissing = true)
class RappelsPlanifies {

    private final Rappels rappels;

    RappelsPlanifies(Rappels rappels) {
        this.rappels = rappels;
    }

    @Scheduled(cron = "${accompagnement.rappels.heure:0 0 7 * * MON-FRI}", zone = "Europe/Paris")
    void programmer() {
        rappels.programmer(Calendrier.maintenant());
    }
}
