package fr.territoire.sante.installation.visits;

import fr.territoire.sante.installation.dossier.DossierStore;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** C/D. When the CLS's élus task opens: one e-mail per commune with planned visits, prepared for review. */
@Component("informationElusPreparation")
class InformationElusPreparation implements TaskListener {

    private final DossierStore store;
    private final CourrielsElus courriels;

    InformationElusPreparation(DossierStore store, CourrielsElus courriels) {
        this.store = store;
        this.courriels = courriels;
    }

    @Override
    public void notify(DelegateTask task) {
        InformationElusVariables.ecrire(task, courriels.preparer(store.of(task.getExecution())));
    }
}
