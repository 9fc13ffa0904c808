package fr.territoire.sante.installation.visits;

import static fr.territoire.sante.installation.process.ProcessVariables.LIEU_VISITE;
import static fr.territoire.sante.installation.process.ProcessVariables.VISITE;
import static fr.territoire.sante.installation.process.ProcessVariables.VISITE_PLANIFIEE_ID;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierStore;
import fr.territoire.sante.installation.matching.Croisements;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * D. The visits to report on, one task each: {@code camunda:collection="${planVisites.visites(execution)}"}
 * with element variable {@code visite}. Each element is a planned visit's id; a dossier that reached
 * stage D without a planned visit (before the schedule existed) gets one task per proposed site, the
 * element then being the site's label. {@code ${planVisites.nommer(task)}} names each task after its visit
 * and gives it the local variables {@code lieuVisite} (label) and {@code visitePlanifieeId}.
 */
@Component("planVisites")
public class PlanVisites {

    private final DossierStore store;
    private final Croisements croisements;
    private final PlanningVisites planning;
    private final VisitePlanifieeRepository visites;

    PlanVisites(DossierStore store, Croisements croisements, PlanningVisites planning, VisitePlanifieeRepository visites) {
        this.store = store;
        this.croisements = croisements;
        this.planning = planning;
        this.visites = visites;
    }

    public List<Object> visites(DelegateExecution execution) {
        Dossier dossier = store.of(execution);
        List<VisitePlanifiee> prevues = planning.prevues(dossier.getId());
        if (prevues.isEmpty()) {
            return List.copyOf(croisements.sitesToVisit(dossier));
        }
        return prevues.stream().<Object>map(VisitePlanifiee::getId).toList();
    }

    /**
     * The collection of process versions deployed before the schedule (instances still running there):
     * one task per proposed site, the element variable {@code lieuVisite} being its label.
     */
    public List<String> lieux(DelegateExecution execution) {
        return croisements.sitesToVisit(store.of(execution));
    }

    /** Task create listener: "Rendre compte de la visite – site – commune (10/03/2026)". */
    public void nommer(DelegateTask task) {
        Object element = task.getVariable(VISITE);
        if (element instanceof Number id) {
            VisitePlanifiee visite = visites.findById(id.longValue()).orElseThrow(
                    () -> new IllegalStateException("No planned visit " + id + " for task " + task.getId()));
            task.getExecution().setVariableLocal(LIEU_VISITE, visite.lieuLibelle());
            task.getExecution().setVariableLocal(VISITE_PLANIFIEE_ID, visite.getId());
            task.setName(task.getName() + " – " + visite.lieuLibelle() + " (" + InvitationIcs.jour(visite.getDebut()) + ")");
        } else {
            task.getExecution().setVariableLocal(LIEU_VISITE, String.valueOf(element));
            task.setName(task.getName() + " – " + element);
        }
    }
}
