package fr.territoire.sante.installation.visits;

import static fr.territoire.sante.installation.process.ProcessVariables.COMMUNES_SANS_ADRESSE_ELUS;
import static fr.territoire.sante.installation.process.ProcessVariables.COURRIELS_ELUS;
import static fr.territoire.sante.installation.process.ProcessVariables.COURRIELS_ELUS_PREPARES;
import static fr.territoire.sante.installation.process.ProcessVariables.DESTINATAIRES_ELUS;
import static fr.territoire.sante.installation.process.ProcessVariables.INFORMATION_AUTRE_MOYEN;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The élus task's variables while it is open: the drafts as a JSON list that the form's dynamic list
 * shows and submits back (Spin JSON, which Tasklist reads as a list), the recipients as prepared, and
 * the facts the form's conditions read. None outlives the task.
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
            return ligne;
        }).toList();
        task.setVariable(COURRIELS_ELUS, SpinValues.jsonValue(json(brouillons)).create());
        task.setVariable(DESTINATAIRES_ELUS, SpinValues.jsonValue(json(preparation.destinataires())).create());
        task.setVariable(COURRIELS_ELUS_PREPARES, !preparation.brouillons().isEmpty());
        task.setVariable(INFORMATION_AUTRE_MOYEN, preparation.autreMoyen());
        task.setVariable(COMMUNES_SANS_ADRESSE_ELUS, String.join(", ", preparation.communesSansAdresse()));
    }

    /** Commune → addresses as prepared when the task opened; empty when nothing was prepared. */
    static Map<String, List<String>> destinataires(VariableScope execution) {
        Object variable = execution.getVariable(DESTINATAIRES_ELUS);
        if (variable == null) {
            return Map.of();
        }
        try {
            // A Spin JSON node prints as its JSON text.
            return JSON.readValue(variable.toString(), new TypeReference<LinkedHashMap<String, List<String>>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Variable " + DESTINATAIRES_ELUS + " is not the JSON it was written as", e);
        }
    }

    /** Whether the élus of some commune (or all, when nothing could be prepared) are informed another way. */
    static boolean autreMoyen(VariableScope execution) {
        // A task opened before drafts existed has no such variable: its élus were informed another way.
        return !Boolean.FALSE.equals(execution.getVariable(INFORMATION_AUTRE_MOYEN));
    }

    static String communesSansAdresse(VariableScope execution) {
        Object communes = execution.getVariable(COMMUNES_SANS_ADRESSE_ELUS);
        return communes == null ? "" : communes.toString();
    }

    /** The form's own list leaves with the form's values (FormStepListener); these go with it. */
    static void effacer(VariableScope execution) {
        List.of(DESTINATAIRES_ELUS, COURRIELS_ELUS_PREPARES, INFORMATION_AUTRE_MOYEN, COMMUNES_SANS_ADRESSE_ELUS)
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
