package fr.territoire.sante.installation.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Fictional staff for a trial run ("demo" profile only): each user's password is its id. */
@Component
@Profile("demo")
class DemoUsers {

    private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

    record DemoUser(String id, String firstName, String lastName, String group, String... otherGroups) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("amelie", "Amélie", "Fictive", Groups.CLS, Groups.RGPD),
            new DemoUser("basile", "Basile", "Imaginaire", Groups.CLS),
            new DemoUser("camille", "Camille", "Exemple", Groups.CPTS),
            new DemoUser("damien", "Damien", "Inventé", Groups.CPTS),
            new DemoUser("elise", "Élise", "Démonstration", Groups.PILOTAGE));

    private final IdentityService identityService;

    DemoUsers(IdentityService identityService) {
        this.identityService = identityService;
    }

    @EventListener(PostDeployEvent.class)
    @Order(3)
    void createDemoUsers() {
        for (DemoUser demo : USERS) {
            if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
                User user = identityService.newUser(demo.id());
                user.setFirstName(demo.firstName());
                user.setLastName(demo.lastName());
                user.setEmail(demo.id() + "@exemple.invalid");
                user.setPassword(demo.id());
                identityService.saveUser(user);
                identityService.createMembership(demo.id(), demo.group());
                for (String other : demo.otherGroups()) {
                    identityService.createMembership(demo.id(), other);
                }
            }
        }
        LOG.warn("Profil demo : utilisateurs fictifs créés (amelie : CLS et référente RGPD ; basile : CLS ; camille, damien : CPTS ; "
                + "elise : pilotage), mot de passe = identifiant. Ne pas utiliser pour de vrais dossiers.");
    }
}
