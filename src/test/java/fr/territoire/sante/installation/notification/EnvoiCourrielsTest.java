package fr.territoire.sante.installation.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;

/**
 * The outbox's sending round without an engine nor a database: the mails claimed in one round go over one
 * SMTP connection, and what the server refused is kept per mail.
 */
class EnvoiCourrielsTest {

    private final CourrielSortantRepository depot = mock(CourrielSortantRepository.class);
    private final JavaMailSender smtp = mock(JavaMailSender.class);
    private final List<CourrielSortant> file = new ArrayList<>();
    private final List<MimeMessage[]> connexions = new ArrayList<>();
    private final EnvoiCourriels envoi;

    EnvoiCourrielsTest() {
        PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
        when(transactions.getTransaction(any())).thenAnswer(invocation -> new SimpleTransactionStatus());
        envoi = new EnvoiCourriels(depot, smtp, new MailProperties("accompagnement@exemple.invalid", null, null),
                new EnvoiProperties(true, null, null, null, null, null), transactions, mock(IncidentsCourriels.class),
                new SimpleMeterRegistry());
        for (long id = 1; id <= 3; id++) {
            CourrielSortant courriel = new CourrielSortant(new CourrielAEnvoyer("essai-" + id, List.of("personne" + id + "@exemple.invalid"),
                    "Objet " + id, "Texte " + id, List.of()), Instant.now().minusSeconds(60));
            ReflectionTestUtils.setField(courriel, "id", id);
            file.add(courriel);
        }
        when(depot.dus(any(), any())).thenReturn(List.of(1L, 2L, 3L));
        when(depot.reserver(anyLong(), any())).thenReturn(1);
        when(depot.findAllById(any())).thenAnswer(invocation -> {
            Collection<?> ids = invocation.getArgument(0);
            return file.stream().filter(c -> ids.contains(c.getId())).toList();
        });
        when(depot.findById(anyLong())).thenAnswer(invocation -> file.stream()
                .filter(c -> c.getId().equals(invocation.getArgument(0))).findFirst());
        when(smtp.createMimeMessage()).thenAnswer(invocation -> new MimeMessage((Session) null));
    }

    @Test
    void oneRoundGoesOverOneConnectionAndAMailTheServerRefusedKeepsItsOwnError() throws Exception {
        doAnswer(invocation -> {
            MimeMessage[] messages = (MimeMessage[]) invocation.getRawArguments()[0];
            connexions.add(messages);
            // The server takes the first and the third, and refuses the second's recipient.
            MimeMessage refuse = Arrays.stream(messages).filter(m -> sujet(m).equals("Objet 2")).findFirst().orElseThrow();
            throw new MailSendException(Map.of(refuse, new SendFailedException("550 boîte inconnue personne2@exemple.invalid")));
        }).when(smtp).send(any(MimeMessage[].class));

        assertThat(envoi.envoyerEnAttente()).isEqualTo(2);

        assertThat(connexions).as("one connection for the round").singleElement().satisfies(m -> assertThat(m).hasSize(3));
        verify(smtp, never()).send(any(MimeMessage.class));
        assertThat(file).extracting(CourrielSortant::getStatut)
                .containsExactly(StatutCourriel.ENVOYE, StatutCourriel.A_ENVOYER, StatutCourriel.ENVOYE);
        CourrielSortant refuse = file.get(1);
        assertThat(refuse.getTentatives()).isEqualTo(1);
        assertThat(refuse.getProchainEssai()).isAfter(Instant.now());
        assertThat(refuse.getDerniereErreur()).contains("SendFailedException", "550").doesNotContain("personne2@exemple.invalid");
    }

    @Test
    void aServerOutOfReachKeepsEveryMailOfTheRoundForTheNextAttempt() {
        doAnswer(invocation -> {
            throw new MailSendException("Mail server connection failed", new MessagingException("Connection refused"));
        }).when(smtp).send(any(MimeMessage[].class));

        assertThat(envoi.envoyerEnAttente()).isZero();

        verify(smtp, times(1)).send(any(MimeMessage[].class));
        assertThat(file).allSatisfy(courriel -> {
            assertThat(courriel.getStatut()).isEqualTo(StatutCourriel.A_ENVOYER);
            assertThat(courriel.getTentatives()).isEqualTo(1);
            assertThat(courriel.getDerniereErreur()).contains("Connection refused");
        });
    }

    private static String sujet(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
