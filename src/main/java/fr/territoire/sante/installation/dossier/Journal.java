package fr.territoire.sante.installation.dossier;

import fr.territoire.sante.installation.process.Calendrier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Writes the dossier's audit trail: the step, the user who did it (or the system), the time. */
@Component
public class Journal {

    private final EvenementRepository evenements;
    private final IdentityService identityService;

    Journal(EvenementRepository evenements, IdentityService identityService) {
        this.evenements = evenements;
        this.identityService = identityService;
    }

    public void record(Dossier dossier, String type, String description) {
        evenements.save(new Evenement(dossier.getId(), Calendrier.maintenant(), currentUser(), type, description));
    }

    /** Who is doing the step: the signed-in user, or the system (a timer, a job). */
    public String currentUser() {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication == null ? "système" : authentication.getUserId();
    }
}
