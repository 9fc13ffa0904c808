package fr.territoire.sante.installation.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * accompagnement.mail.envoi.*: how the outbox is emptied. {@code planifie} false leaves sending to whoever
 * calls {@link EnvoiCourriels#envoyerEnAttente()} (tests); a failed mail waits {@code attenteInitiale},
 * then twice as long at each failure, and is given up after {@code tentativesMax} attempts. A row claimed
 * by a node that died goes back to the queue after {@code reservationPerimee}.
 */
@ConfigurationProperties("accompagnement.mail.envoi")
public record EnvoiProperties(Boolean planifie, Duration intervalle, Integer tentativesMax, Duration attenteInitiale,
        Duration reservationPerimee, Integer lot) {

    public EnvoiProperties {
        planifie = planifie == null || planifie;
        intervalle = intervalle == null ? Duration.ofSeconds(15) : intervalle;
        tentativesMax = tentativesMax == null ? 8 : tentativesMax;
        attenteInitiale = attenteInitiale == null ? Duration.ofMinutes(1) : attenteInitiale;
        reservationPerimee = reservationPerimee == null ? Duration.ofMinutes(10) : reservationPerimee;
        lot = lot == null ? 50 : lot;
    }

    /** Wait before attempt n+1 after n failures: 1, 2, 4, 8… times the initial wait, at most a day. */
    Duration attenteApres(int echecs) {
        Duration attente = attenteInitiale.multipliedBy(1L << Math.min(echecs - 1, 20));
        return attente.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : attente;
    }
}
