package fr.territoire.sante.installation.visits;

import static fr.territoire.sante.installation.process.ProcessVariables.COMMUNES_SANS_ADRESSE_ELUS;
import static fr.territoire.sante.installation.process.ProcessVariables.COURRIELS_ELUS;
import static fr.territoire.sante.installation.process.ProcessVariables.COURRIELS_ELUS_PREPARES;
import static fr.territoire.sante.installation.process.ProcessVariables.DESTINATAIRES_ELUS;
import static fr.territoire.sante.installation.process.ProcessVariables.INFORMATION_AUTRE_MOYEN;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The élus task's variables while it is open: the drafts as a JSON list that the form's text shows
 * (Spin JSON, which Tasklist reads as a list: a read-only view, see information-elus.form), the
 * recipients as prepared, and the facts the form's conditions read. None outlives the task.
 */
final class InformationElusVariables {

    private static final ObjectMapper JSON = new ObjectMapper();

    private InformationElusVariables() {
    }

    static void ecrire(VariableScope task, CourrielsElus.Preparation preparation) {
        List<Map<String, String>> brouillons = preparation.brouillons().stream().map(b -> {
            Map<String, String> ligne = new LinkedHashMap<>();
            ligne.put("commune", b.commune());
            ligne.put("destinataires", b.destinatairesAffiches());
            ligne.put("objet", b.objet());
            ligne.put("message", b.message());
            // Markdown for the form's text: a hard line break ("  " before the newline) at each line.
            ligne.put("apercu", b.message().replace("\n", "  \n"));
            return ligne;
        }).toList();
        task.setVariable(COURRIELS_ELUS, SpinValues.jsonValue(json(brouillons)).create());
        task.setVariable(COURRIELS_ELUS_PREPARES, !preparation.brouillons().isEmpty());
        task.setVariable(INFORMATION_AUTRE_MOYEN, preparation.autreMoyen());
        task.setVariable(COMMUNES_SANS_ADRESSE_ELUS, String.join(", ", preparation.communesSansAdresse()));
    }

    /** None outlives the task. */
    static void effacer(VariableScope execution) {
        List.of(COURRIELS_ELUS, DESTINATAIRES_ELUS, COURRIELS_ELUS_PREPARES, INFORMATION_AUTRE_MOYEN, COMMUNES_SANS_ADRESSE_ELUS)
                .forEach(execution::removeVariable);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
