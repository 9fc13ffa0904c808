package fr.territoire.sante.installation.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;

/** A group alert: one mail per address under its own key, linking to Tasklist as configured. */
class GroupMailerTest {

    private final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    private final GroupMailer mailer = new GroupMailer(identity, new MailProperties("accompagnement@exemple.invalid",
            "Pilotage@Exemple.invalid", "https://sante.exemple.invalid/outils/app/tasklist/"));

    GroupMailerTest() {
        User member = mock(User.class);
        when(member.getEmail()).thenReturn("cpts1@exemple.invalid");
        User sansAdresse = mock(User.class);
        when(identity.createUserQuery().memberOfGroup("cpts").list()).thenReturn(List.of(member, sansAdresse));
        when(identity.createUserQuery().memberOfGroup("cpts-vide").list()).thenReturn(List.of(sansAdresse));
    }

    @Test
    void oneMailPerAddressUnderItsOwnKeyLinkingToTheConfiguredTasklist() {
        List<CourrielAEnvoyer> courriels = mailer.courriels("retard-7", List.of("cpts"), true, "Sujet", "Corps");

        assertThat(courriels).extracting(CourrielAEnvoyer::cle).containsExactly("retard-7-cpts1@exemple.invalid",
                "retard-7-pilotage@exemple.invalid");
        assertThat(courriels).extracting(CourrielAEnvoyer::destinataires)
                .containsExactly(List.of("cpts1@exemple.invalid"), List.of("Pilotage@Exemple.invalid"));
        assertThat(courriels).allSatisfy(courriel -> assertThat(courriel.texte())
                .isEqualTo("Corps\n\nhttps://sante.exemple.invalid/outils/app/tasklist/\n"));
    }

    @Test
    void nothingWhenNobodyHasAnAddress() {
        assertThat(mailer.courriels("retard-7", List.of("cpts-vide"), false, "Sujet", "Corps")).isEmpty();
    }
}
