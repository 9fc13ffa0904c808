package fr.territoire.sante.installation.interview;

import static fr.territoire.sante.installation.process.ProcessVariables.POURSUIT_DEMARCHE;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierStore;
import fr.territoire.sante.installation.dossier.Journal;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.process.FormStepListener;
import fr.territoire.sante.installation.process.FormValues;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** B. The joint interview: motivations, calendar, availability; the professional goes on or stops. */
@Component("entretienListener")
class EntretienListener extends FormStepListener {

    private final DossierStore store;
    private final Entretiens entretiens;
    private final Journal journal;

    EntretienListener(DossierStore store, Entretiens entretiens, Journal journal) {
        this.store = store;
        this.entretiens = entretiens;
        this.journal = journal;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form) {
        String motivations = form.requiredText("motivations", "Motivations");
        String calendrier = form.choice("calendrier", "Calendrier du projet", Set.of("court", "moyen", "long"));
        String disponibilites = form.requiredText("disponibilitesVisites", "Disponibilités pour les visites");
        boolean poursuit = "poursuite".equals(form.choice("suiteEntretien", "Suite de l'entretien", Set.of("poursuite", "arret")));
        String motifArret = form.requiredTextIf(!poursuit, "motifArret", "Motif de l'arrêt");
        form.validate();

        Dossier dossier = store.of(execution);
        entretiens.of(dossier).recordInterview(Calendrier.maintenant(), motivations, calendrier, disponibilites);
        if (!poursuit) {
            dossier.recordWithdrawalReason(motifArret, Calendrier.maintenant());
        }
        execution.setVariable(POURSUIT_DEMARCHE, poursuit);
        journal.record(dossier, "ENTRETIEN_MENE", poursuit ? "Entretien mené" : "Entretien mené, le professionnel arrête");
    }
}
