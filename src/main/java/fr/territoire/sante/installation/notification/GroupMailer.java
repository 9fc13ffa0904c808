package fr.territoire.sante.installation.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a plain-text e-mail to the members of Camunda groups. A failure propagates so that the job
 * which asked for the mail is retried by the engine (and shows as an incident in Cockpit if it keeps failing).
 */
@Component
public class GroupMailer {

    private static final Logger LOG = LoggerFactory.getLogger(GroupMailer.class);

    private final JavaMailSender mailSender;
    private final IdentityService identityService;
    private final MailProperties properties;

    private final Counter sent;
    private final Counter failed;

    GroupMailer(JavaMailSender mailSender, IdentityService identityService, MailProperties properties, MeterRegistry meters) {
        this.mailSender = mailSender;
        this.identityService = identityService;
        this.properties = properties;
        this.sent = Counter.builder("accompagnement.mails.sent").description("Courriels envoyés au serveur de messagerie")
                .register(meters);
        this.failed = Counter.builder("accompagnement.mails.failed")
                .description("Courriels refusés ou serveur de messagerie injoignable (le travail du moteur sera retenté)")
                .register(meters);
    }

    /** Returns how many addresses the mail went to. */
    public int send(Collection<String> groupIds, boolean includePilotageAddress, String subject, String body) {
        Set<String> recipients = destinataires(groupIds, includePilotageAddress);
        if (recipients.isEmpty()) {
            LOG.warn("No e-mail address in groups {}: alert '{}' not sent", groupIds, subject);
            return 0;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.expediteur());
        message.setBcc(recipients.toArray(String[]::new));
        message.setSubject(subject);
        message.setText(texte(body));
        try {
            mailSender.send(message);
        } catch (RuntimeException e) {
            failed.increment();
            throw e;
        }
        sent.increment();
        return recipients.size();
    }

    /**
     * The same alert for the outbox ({@link Courriels#programmer}), one mail per address as the members are
     * not to see each other's addresses: each under the key {@code cle-<address>}, queued in the caller's
     * transaction, so that a step run twice or rolled back after sending never mails twice. Empty when
     * nobody in the groups has an address.
     */
    public List<CourrielAEnvoyer> courriels(String cle, Collection<String> groupIds, boolean includePilotageAddress,
            String subject, String body) {
        Set<String> recipients = destinataires(groupIds, includePilotageAddress);
        if (recipients.isEmpty()) {
            LOG.warn("No e-mail address in groups {}: alert '{}' not queued", groupIds, subject);
        }
        return recipients.stream().map(adresse -> new CourrielAEnvoyer(cle + "-" + adresse.toLowerCase(Locale.ROOT),
                List.of(adresse), subject, texte(body), List.of())).toList();
    }

    private Set<String> destinataires(Collection<String> groupIds, boolean includePilotageAddress) {
        Set<String> recipients = new LinkedHashSet<>();
        for (String groupId : groupIds) {
            identityService.createUserQuery().memberOfGroup(groupId).list().stream()
                    .map(User::getEmail)
                    .filter(email -> email != null && !email.isBlank())
                    .forEach(recipients::add);
        }
        if (includePilotageAddress && properties.pilotage() != null && !properties.pilotage().isBlank()) {
            recipients.add(properties.pilotage());
        }
        return recipients;
    }

    private String texte(String body) {
        return body + "\n\n" + properties.lienTasklist() + "\n";
    }
}
