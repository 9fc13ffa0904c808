package fr.territoire.sante.installation.notification;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Alerts to the members of Camunda groups, as mails for the outbox ({@link Courriels#programmer}), which
 * sends them, counts them and retries them; the text ends with the link to Tasklist.
 */
@Component
public class GroupMailer {

    private static final Logger LOG = LoggerFactory.getLogger(GroupMailer.class);

    private final IdentityService identityService;
    private final MailProperties properties;

    GroupMailer(IdentityService identityService, MailProperties properties) {
        this.identityService = identityService;
        this.properties = properties;
    }

    /**
     * One mail per address, as the members are not to see each other's addresses: each under the key
     * {@code cle-<address>}, so that a step run twice or rolled back after queuing never mails twice.
     * Empty when nobody in the groups has an address.
     */
    public List<CourrielAEnvoyer> courriels(String cle, Collection<String> groupIds, boolean includePilotageAddress,
            String subject, String body) {
        Set<String> recipients = destinataires(groupIds, includePilotageAddress);
        if (recipients.isEmpty()) {
            LOG.warn("No e-mail address in groups {}: alert '{}' not queued", groupIds, subject);
        }
        String texte = body + "\n\n" + properties.lienTasklist() + "\n";
        return recipients.stream().map(adresse -> new CourrielAEnvoyer(cle + "-" + adresse.toLowerCase(Locale.ROOT),
                List.of(adresse), subject, texte, List.of())).toList();
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
}
