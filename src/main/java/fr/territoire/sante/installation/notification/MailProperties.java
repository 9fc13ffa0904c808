package fr.territoire.sante.installation.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * accompagnement.mail.*: sender address, an optional extra address for the pilotage team, and the
 * application's public address used in links.
 */
@ConfigurationProperties("accompagnement.mail")
public record MailProperties(String expediteur, String pilotage, String lienApplication) {
}
