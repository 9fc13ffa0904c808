package fr.territoire.sante.installation.notification;

import fr.territoire.sante.installation.process.Calendrier;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox's given-up mails, for operators: list them, and send one again once the fault is fixed (a
 * fresh series of attempts from now; the sender resolves its Cockpit incident when it goes). A mail is
 * still sent once at most: its key and Message-ID do not change.
 */
@Service
public class CourrielsEnEchec {

    private static final Logger LOG = LoggerFactory.getLogger(CourrielsEnEchec.class);

    private final CourrielSortantRepository courriels;

    CourrielsEnEchec(CourrielSortantRepository courriels) {
        this.courriels = courriels;
    }

    @Transactional(readOnly = true)
    public List<CourrielSortant> abandonnes() {
        return courriels.findByStatutInOrderByIdAsc(List.of(StatutCourriel.ABANDONNE));
    }

    /** False when the mail is unknown or no longer given up (sent again by someone else meanwhile). */
    @Transactional
    public boolean renvoyer(long id, String par) {
        return courriels.findById(id).filter(courriel -> courriel.getStatut() == StatutCourriel.ABANDONNE).map(courriel -> {
            courriel.renvoyer(Calendrier.maintenant());
            LOG.info("Queued e-mail {} put back in the queue by {}", id, par);
            return true;
        }).orElse(false);
    }
}
