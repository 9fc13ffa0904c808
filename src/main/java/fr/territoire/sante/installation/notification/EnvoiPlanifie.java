package fr.territoire.sante.installation.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the outbox sender at a fixed delay (accompagnement.mail.envoi.intervalle, 15 s by default). Off in
 * tests ({@code planifie: false}), which call {@link EnvoiCourriels#envoyerEnAttente()} themselves.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "accompagnement.mail.envoi.planifie", havingValue = "true", matchIfMissing = true)
class EnvoiPlanifie {

    private final EnvoiCourriels envoi;

    EnvoiPlanifie(EnvoiCourriels envoi) {
        this.envoi = envoi;
    }

    @Scheduled(fixedDelayString = "${accompagnement.mail.envoi.intervalle:PT15S}", initialDelayString = "${accompagnement.mail.envoi.intervalle:PT15S}")
    void envoyer() {
        envoi.envoyerEnAttente();
    }
}
