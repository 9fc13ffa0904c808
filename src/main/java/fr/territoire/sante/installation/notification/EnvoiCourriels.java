package fr.territoire.sante.installation.notification;

import fr.territoire.sante.installation.process.Calendrier;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Empties the outbox: claims each due mail (so that two nodes never send the same row), sends the claimed
 * ones over one SMTP connection at a time, marks those the server took as sent, and for each other one keeps
 * the error and schedules the next attempt. Each row is claimed in its own short transaction; the SMTP
 * conversation happens outside any transaction.
 */
@Service
public class EnvoiCourriels {

    private static final Logger LOG = LoggerFactory.getLogger(EnvoiCourriels.class);
    /** Mails sent over one SMTP connection before the next is opened. */
    private static final int PAR_CONNEXION = 25;
    private static final Pattern ADRESSE = Pattern.compile("[^\\s<>\"',;:]+@[^\\s<>\"',;:]+");

    private final CourrielSortantRepository courriels;
    private final JavaMailSender mailSender;
    private final MailProperties mail;
    private final EnvoiProperties envoi;
    private final TransactionTemplate transaction;
    private final IncidentsCourriels incidents;
    private final Counter sent;
    private final Counter failed;
    private final Counter abandoned;

    EnvoiCourriels(CourrielSortantRepository courriels, JavaMailSender mailSender, MailProperties mail, EnvoiProperties envoi,
            PlatformTransactionManager transactions, IncidentsCourriels incidents, MeterRegistry meters) {
        this.courriels = courriels;
        this.mailSender = mailSender;
        this.mail = mail;
        this.envoi = envoi;
        this.transaction = new TransactionTemplate(transactions);
        this.incidents = incidents;
        // The same counters as GroupMailer's: Micrometer hands back the meter already registered under a name.
        this.sent = Counter.builder("accompagnement.mails.sent").description("Courriels envoyés au serveur de messagerie")
                .register(meters);
        this.failed = Counter.builder("accompagnement.mails.failed")
                .description("Courriels refusés ou serveur de messagerie injoignable (le travail du moteur sera retenté)")
                .register(meters);
        this.abandoned = Counter.builder("accompagnement.mails.abandoned")
                .description("Courriels de la file d'envoi abandonnés après le nombre maximal de tentatives")
                .register(meters);
    }

    /** Sends what is due now; returns how many mails went. */
    public int envoyerEnAttente() {
        Instant now = Calendrier.maintenant();
        courriels.liberer(now.minus(envoi.reservationPerimee()));
        int envoyes = 0;
        // Each node walks the due rows in its own order: two senders rarely race for the same row.
        List<Long> dus = new ArrayList<>(courriels.dus(now, PageRequest.of(0, envoi.lot())));
        Collections.shuffle(dus);
        List<Long> reserves = new ArrayList<>();
        for (Long id : dus) {
            if (courriels.reserver(id, now) == 1) {
                reserves.add(id);
            }
            if (reserves.size() == PAR_CONNEXION) {
                envoyes += envoyer(reserves);
                reserves.clear();
            }
        }
        if (!reserves.isEmpty()) {
            envoyes += envoyer(reserves);
        }
        return envoyes;
    }

    /**
     * Sends the claimed mails over one SMTP connection (Spring's {@code send(MimeMessage...)}): the server's
     * greeting and handshake are paid once, not per mail. Each mail the server took is marked sent; each one
     * it refused, or all of them when it cannot be reached, keeps its own error and next attempt.
     */
    private int envoyer(List<Long> ids) {
        List<CourrielSortant> reserves = transaction.execute(status -> courriels.findAllById(ids));
        Map<MimeMessage, Long> messages = new LinkedHashMap<>();
        for (CourrielSortant courriel : reserves) {
            try {
                messages.put(message(courriel), courriel.getId());
            } catch (MessagingException e) {
                echec(courriel.getId(), e);
            }
        }
        if (messages.isEmpty()) {
            return 0;
        }
        Map<Object, Exception> refus = Map.of();
        try {
            mailSender.send(messages.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            refus = e.getFailedMessages().isEmpty() ? tous(messages, e) : e.getFailedMessages();
        } catch (MailException e) {
            refus = tous(messages, e);
        }
        List<Long> partis = new ArrayList<>();
        for (Map.Entry<MimeMessage, Long> message : messages.entrySet()) {
            Exception erreur = refus.get(message.getKey());
            if (erreur == null) {
                partis.add(message.getValue());
            } else {
                echec(message.getValue(), erreur);
            }
        }
        if (!partis.isEmpty()) {
            transaction.executeWithoutResult(status -> {
                Instant envoyeLe = Calendrier.maintenant();
                for (CourrielSortant envoye : courriels.findAllById(partis)) {
                    envoye.envoye(envoyeLe);
                    incidents.resoudre(envoye);
                    envoye.incidentOuvert(null);
                }
            });
            sent.increment(partis.size());
        }
        return partis.size();
    }

    private static Map<Object, Exception> tous(Map<MimeMessage, Long> messages, Exception e) {
        Map<Object, Exception> refus = new HashMap<>();
        messages.keySet().forEach(message -> refus.put(message, e));
        return refus;
    }

    private void echec(Long id, Exception e) {
        failed.increment();
        Instant now = Calendrier.maintenant();
        String erreur = sansAdresse(e);
        CourrielSortant apres = transaction.execute(status -> {
            CourrielSortant courriel = courriels.findById(id).orElseThrow();
            int echecs = courriel.getTentatives() + 1;
            courriel.echec(now, erreur, now.plus(envoi.attenteApres(echecs)), echecs >= envoi.tentativesMax());
            if (courriel.getStatut() == StatutCourriel.ABANDONNE && courriel.getIncident() == null) {
                courriel.incidentOuvert(incidents.signaler(courriel));
            }
            return courriel;
        });
        if (apres.getStatut() == StatutCourriel.ABANDONNE) {
            abandoned.increment();
            LOG.error("Queued e-mail {} given up after {} attempts: {}", id, apres.getTentatives(), erreur);
        } else {
            LOG.warn("Queued e-mail {} not sent (attempt {}), next try at {}: {}", id, apres.getTentatives(),
                    apres.getProchainEssai(), erreur);
        }
    }

    private MimeMessage message(CourrielSortant courriel) throws MessagingException {
        MimeMessage message = mailSender.createMimeMessage();
        List<PieceJointe> pieces = courriel.getPiecesJointes();
        MimeMessageHelper helper = new MimeMessageHelper(message, !pieces.isEmpty(), StandardCharsets.UTF_8.name());
        helper.setFrom(mail.expediteur());
        helper.setTo(courriel.getDestinataires().toArray(String[]::new));
        helper.setSubject(courriel.getObjet());
        helper.setText(courriel.getTexte() == null ? "" : courriel.getTexte());
        for (PieceJointe piece : pieces) {
            helper.addAttachment(piece.nom(), new ByteArrayResource(piece.contenu()), piece.typeMime());
        }
        // Spring keeps a Message-ID set before sending: a mail re-sent after a lost answer carries the same one.
        message.setHeader("Message-ID", messageId(courriel.getCle(), mail.expediteur()));
        return message;
    }

    /** A stable Message-ID derived from the idempotency key, in the sender's domain. */
    static String messageId(String cle, String expediteur) {
        String domaine = expediteur != null && expediteur.contains("@") ? expediteur.substring(expediteur.lastIndexOf('@') + 1)
                : "accompagnement.invalid";
        domaine = domaine.replaceAll("[^A-Za-z0-9.-]", "");
        return "<" + sha256(cle).substring(0, 40) + ".courriel@" + domaine + ">";
    }

    private static String sha256(String texte) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(texte.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The error kept on the row and logged: its type and message, addresses masked, never the mail's content. */
    static String sansAdresse(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String texte = e.getClass().getSimpleName() + (cause != e ? " / " + cause.getClass().getSimpleName() : "") + ": "
                + (cause.getMessage() == null ? "" : cause.getMessage());
        texte = ADRESSE.matcher(texte).replaceAll("<adresse>");
        return texte.length() > 1000 ? texte.substring(0, 1000) : texte;
    }
}
