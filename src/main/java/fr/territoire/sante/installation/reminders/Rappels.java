package fr.territoire.sante.installation.reminders;

import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.identity.Groups;
import fr.territoire.sante.installation.notification.CourrielAEnvoyer;
import fr.territoire.sante.installation.notification.Courriels;
import fr.territoire.sante.installation.notification.MailProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues each CLS and CPTS member's digest in the outbox. The outbox key names the person and the
 * period ("rappel-amelie-2026-12-07"), so running again the same day — after a restart, or on a second
 * node at the same time — queues nothing more: at most one digest per person per period, never twice.
 */
@Service
public class Rappels {

    static final List<String> GROUPES = List.of(Groups.CLS, Groups.CPTS);
    private static final Logger LOG = LoggerFactory.getLogger(Rappels.class);
    private static final ZoneId PARIS = Calendrier.FUSEAU; // the project's one time zone

    private final IdentityService identities;
    private final TachesARappeler taches;
    private final PreferencesRappel preferences;
    private final Courriels courriels;
    private final MailProperties mail;
    private final RappelsProperties properties;
    private final TransactionTemplate parPersonne;

    Rappels(IdentityService identities, TachesARappeler taches, PreferencesRappel preferences, Courriels courriels,
            MailProperties mail, RappelsProperties properties, PlatformTransactionManager transactions) {
        this.identities = identities;
        this.taches = taches;
        this.preferences = preferences;
        this.courriels = courriels;
        this.mail = mail;
        this.properties = properties;
        this.parPersonne = new TransactionTemplate(transactions);
        this.parPersonne.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Returns how many digests were queued now. */
    public int programmer(Instant maintenant) {
        Map<String, Map<Section, Extrait>> parGroupe = new LinkedHashMap<>();
        for (String groupe : GROUPES) {
            parGroupe.put(groupe, taches.pour(groupe, maintenant));
        }
        Map<String, User> membres = new LinkedHashMap<>();
        Map<String, Map<String, Map<Section, Extrait>>> groupesDe = new LinkedHashMap<>();
        for (String groupe : GROUPES) {
            for (User user : identities.createUserQuery().memberOfGroup(groupe).list()) {
                membres.putIfAbsent(user.getId(), user);
                groupesDe.computeIfAbsent(user.getId(), id -> new LinkedHashMap<>()).put(groupe, parGroupe.get(groupe));
            }
        }
        String periode = debutDePeriode(maintenant).toString();
        int programmes = 0;
        for (User user : membres.values()) {
            if (user.getEmail() == null || user.getEmail().isBlank() || !preferences.recoit(user.getId())) {
                continue;
            }
            Recapitulatif.Texte texte = Recapitulatif.ecrire(user.getFirstName(), groupesDe.get(user.getId()), maintenant,
                    mail.lienTasklist(), properties.lienApplication());
            if (texte != null && programmer(user, periode, texte)) {
                programmes++;
            }
        }
        return programmes;
    }

    private boolean programmer(User user, String periode, Recapitulatif.Texte texte) {
        CourrielAEnvoyer courriel = new CourrielAEnvoyer("rappel-" + user.getId() + "-" + periode,
                List.of(user.getEmail()), texte.objet(), texte.corps(), List.of());
        try {
            return Boolean.TRUE.equals(parPersonne.execute(status -> courriels.programmer(courriel)));
        } catch (DataIntegrityViolationException simultane) {
            // Another node queued the same digest between our check and our insert: the key held.
            LOG.info("Digest {} already queued by another node", courriel.cle());
            return false;
        }
    }

    /** The first day of the period "now" falls in: today for a daily digest. */
    LocalDate debutDePeriode(Instant maintenant) {
        long jour = maintenant.atZone(PARIS).toLocalDate().toEpochDay();
        return LocalDate.ofEpochDay(jour - Math.floorMod(jour, properties.frequenceJours()));
    }

    static Set<String> groupes() {
        return Set.copyOf(GROUPES);
    }
}
