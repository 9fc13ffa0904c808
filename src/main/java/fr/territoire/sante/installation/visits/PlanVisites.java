package fr.territoire.sante.installation.visits;

import fr.territoire.sante.installation.dossier.DossierStore;
import fr.territoire.sante.installation.matching.Croisements;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** D. The sites to visit, one visit-report task each: {@code camunda:collection="${planVisites.lieux(execution)}"}. */
@Component("planVisites")
public class PlanVisites {

    private final DossierStore store;
    private final Croisements croisements;

    PlanVisites(DossierStore store, Croisements croisements) {
        this.store = store;
        this.croisements = croisements;
    }

    public List<String> lieux(DelegateExecution execution) {
        return croisements.sitesToVisit(store.of(execution));
    }
}
