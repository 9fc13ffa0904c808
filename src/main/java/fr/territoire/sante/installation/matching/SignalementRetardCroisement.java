package fr.territoire.sante.installation.matching;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierStore;
import fr.territoire.sante.installation.dossier.Journal;
import fr.territoire.sante.installation.notification.Courriels;
import fr.territoire.sante.installation.notification.GroupMailer;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.identity.Groups;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * C. The 10 days passed with the matching not done: flag the dossier late, alert the CPTS and pilotage.
 * The mail names the dossier reference only, no personal data. It is queued in the outbox with the step,
 * under one key per matching round, and tied to the process instance: whatever happens to the timer's job
 * (retried after a failure, raced by two nodes), each round's alert goes once; a mail server that stays
 * down shows as an incident in Cockpit (notification.IncidentsCourriels).
 */
@Component("signalementRetardCroisement")
class SignalementRetardCroisement implements JavaDelegate {

    private static final DateTimeFormatter JOUR = Calendrier.JOUR.withZone(Calendrier.FUSEAU);

    private final DossierStore store;
    private final Croisements croisements;
    private final GroupMailer mailer;
    private final Courriels courriels;
    private final Journal journal;

    private final MatchingProperties matching;

    SignalementRetardCroisement(DossierStore store, Croisements croisements, GroupMailer mailer, Courriels courriels,
            Journal journal, MatchingProperties matching) {
        this.courriels = courriels;
        this.matching = matching;
        this.store = store;
        this.croisements = croisements;
        this.mailer = mailer;
        this.journal = journal;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Dossier dossier = store.of(execution);
        Instant now = Calendrier.maintenant();
        dossier.flagLate(now);
        Croisement croisement = croisements.current(dossier);
        croisement.recordLateness(now);
        journal.record(dossier, "CROISEMENT_EN_RETARD", "Délai de croisement dépassé, alerte envoyée");
        mailer.courriels("croisement-en-retard-" + croisement.getId(), List.of(Groups.CPTS, Groups.PILOTAGE), true,
                "[Accompagnement installation] Croisement en retard : dossier " + dossier.getReference(),
                "Bonjour,\n\nLe croisement des données du dossier " + dossier.getReference()
                        + " devait être réalisé au plus tard le " + JOUR.format(dossier.getEcheanceCroisement())
                        + " (" + matching.delai().toDays() + " jours après l'entretien, selon le protocole).\n"
                        + "La tâche reste ouverte dans Tasklist, dans le filtre « En retard ».\n\n"
                        + "Ce message est envoyé automatiquement par l'application d'accompagnement à l'installation.")
                .forEach(alerte -> courriels.programmer(alerte.pourInstance(execution.getProcessInstanceId())));
    }
}
