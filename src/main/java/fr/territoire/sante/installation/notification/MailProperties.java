package fr.territoire.sante.installation.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * accompagnement.mail.*: sender address, an optional extra address for the pilotage team, and the
 * public address of Tasklist that e-mails link to (built in application.yaml from the application's
 * public address and the webapps' path, so a change of either follows).
 */
@ConfigurationProperties("accompagnement.mail")
public record MailProperties(String expediteur, String pilotage, String lienTasklist) {
}
