package fr.territoire.sante.installation.matching;

import static fr.territoire.sante.installation.process.ProcessVariables.DOSSIER_ID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * C. When the matching task opens, ranks the catalogue for the dossier and gives the task's form its
 * rows and options as Json variables local to the task (Tasklist's form-variables returns them; they end
 * with the task and never reach the process scope).
 */
@Component("propositionsCroisementListener")
class PropositionsCroisementListener implements TaskListener {

    static final String CATALOGUE_VIDE = "catalogueVide";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PropositionsCroisement propositions;

    PropositionsCroisementListener(PropositionsCroisement propositions) {
        this.propositions = propositions;
    }

    @Override
    public void notify(DelegateTask task) {
        Long dossierId = ((Number) task.getVariable(DOSSIER_ID)).longValue();
        PropositionsCroisement.Propositions offre = propositions.pour(dossierId);
        for (Map.Entry<String, Object> variable : offre.variables().entrySet()) {
            task.setVariableLocal(variable.getKey(), json(variable.getValue()));
        }
        task.setVariableLocal(CATALOGUE_VIDE, offre.catalogueVide());
    }

    private static Object json(Object value) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Lists of plain values always serialise", e);
        }
    }
}
