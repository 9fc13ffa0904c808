package fr.territoire.sante.installation.dossier;

import fr.territoire.sante.installation.process.Calendrier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Closes the dossier when the process reaches one of its end events: {@code ${clotureDossier.cloturer(execution, 'ARRETE')}}. */
@Component("clotureDossier")
public class ClotureDossier {

    private final DossierStore store;
    private final Journal journal;

    ClotureDossier(DossierStore store, Journal journal) {
        this.store = store;
        this.journal = journal;
    }

    public void cloturer(DelegateExecution execution, String issue) {
        Statut statut = Statut.valueOf(issue);
        Dossier dossier = store.of(execution);
        dossier.close(statut, Calendrier.maintenant());
        journal.record(dossier, "CLOTURE", statut == Statut.TERMINE ? "Accompagnement terminé" : "Démarche arrêtée");
    }
}
