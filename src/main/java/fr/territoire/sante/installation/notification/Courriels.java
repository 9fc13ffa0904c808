package fr.territoire.sante.installation.notification;

import fr.territoire.sante.installation.process.Calendrier;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues e-mails in the outbox, in the caller's transaction (the engine's, for a process step): a step
 * that rolls back sends nothing, and a step that commits is sure its mail will go, whatever the mail
 * server does at that moment. {@link EnvoiCourriels} sends them.
 */
@Service
public class Courriels {

    private final CourrielSortantRepository courriels;

    Courriels(CourrielSortantRepository courriels) {
        this.courriels = courriels;
    }

    /** Returns false, and queues nothing, when a mail with this key is already in the outbox. */
    @Transactional
    public boolean programmer(CourrielAEnvoyer courriel) {
        if (courriel.destinataires().isEmpty()) {
            throw new IllegalArgumentException("A queued e-mail needs at least one recipient");
        }
        if (courriels.existsByCle(courriel.cle())) {
            return false;
        }
        courriels.save(new CourrielSortant(courriel, Calendrier.maintenant()));
        return true;
    }

    /** The mails whose key starts with the given prefix (e.g. one visit's invitations), oldest first. */
    @Transactional(readOnly = true)
    public List<CourrielSortant> parCle(String prefixe) {
        return courriels.findByCleStartingWithOrderByIdAsc(prefixe);
    }
}
