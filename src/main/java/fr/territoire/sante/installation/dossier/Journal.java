package fr.territoire.sante.installation.dossier;

import fr.territoire.sante.installation.process.Calendrier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes the dossier's audit trail: the step, the user who did it (or the system), the time. Every step
 * of the protocol journals what it did, so each entry also tells the rest of the application that the
 * dossier changed ({@link DossierModifie}), within the step's transaction.
 */
@Component
public class Journal {

    private final EvenementRepository evenements;
    private final IdentityService identityService;
    private final ApplicationEventPublisher events;

    Journal(EvenementRepository evenements, IdentityService identityService, ApplicationEventPublisher events) {
        this.evenements = evenements;
        this.identityService = identityService;
        this.events = events;
    }

    public void record(Dossier dossier, String type, String description) {
        record(dossier, currentUser(), type, description);
    }

    /** A change made from one of our pages, outside the engine: the page names who made it. */
    public void record(Dossier dossier, String auteur, String type, String description) {
        evenements.save(new Evenement(dossier.getId(), Calendrier.maintenant(), auteur, type, description));
        events.publishEvent(new DossierModifie(dossier.getId()));
    }

    /** Who is doing the step: the signed-in user, or the system (a timer, a job). */
    public String currentUser() {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication == null ? "système" : authentication.getUserId();
    }
}
