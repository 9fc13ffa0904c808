package fr.territoire.sante.installation.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** The mailer counts what it sent and what failed, and its links lead to Tasklist as configured. */
class GroupMailerTest {

    private final JavaMailSender sender = mock(JavaMailSender.class);
    private final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final GroupMailer mailer = new GroupMailer(sender, identity,
            new MailProperties("accompagnement@exemple.invalid", null, "https://sante.exemple.invalid/outils/app/tasklist/"), meters);

    GroupMailerTest() {
        User member = mock(User.class);
        when(member.getEmail()).thenReturn("cpts1@exemple.invalid");
        when(identity.createUserQuery().memberOfGroup("cpts").list()).thenReturn(List.of(member));
    }

    @Test
    void aSentMailIsCountedAndLinksToTheConfiguredTasklist() {
        assertThat(mailer.send(List.of("cpts"), false, "Sujet", "Corps")).isEqualTo(1);

        ArgumentCaptor<SimpleMailMessage> message = ArgumentCaptor.forClass(SimpleMailMessage.class);
        verify(sender).send(message.capture());
        assertThat(message.getValue().getText()).endsWith("https://sante.exemple.invalid/outils/app/tasklist/\n");
        assertThat(meters.counter("accompagnement.mails.sent").count()).isEqualTo(1);
        assertThat(meters.counter("accompagnement.mails.failed").count()).isZero();
    }

    @Test
    void aFailedMailIsCountedAndThrownSoTheJobIsRetried() {
        doThrow(new MailSendException("serveur injoignable")).when(sender).send(any(SimpleMailMessage.class));

        assertThatThrownBy(() -> mailer.send(List.of("cpts"), false, "Sujet", "Corps")).isInstanceOf(MailSendException.class);
        assertThat(meters.counter("accompagnement.mails.failed").count()).isEqualTo(1);
        assertThat(meters.counter("accompagnement.mails.sent").count()).isZero();
    }
}
