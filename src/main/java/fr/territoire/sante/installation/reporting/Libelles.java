package fr.territoire.sante.installation.reporting;

import fr.territoire.sante.installation.forms.DeployedForms;
import fr.territoire.sante.installation.forms.FormField;
import fr.territoire.sante.installation.forms.FormSchema;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The labels of the request form's choices (profession, source of the request), read from the form a
 * process owner last deployed: the table shows and filters by the same words as Tasklist.
 */
@Component
public class Libelles {

    static final String FORMULAIRE_DEMANDE = "demande-accompagnement";

    private final DeployedForms forms;

    Libelles(DeployedForms forms) {
        this.forms = forms;
    }

    public Options options() {
        FormSchema demande = forms.latest(FORMULAIRE_DEMANDE);
        return new Options(choix(demande, "profession"), choix(demande, "origineDemande"));
    }

    private static Map<String, String> choix(FormSchema form, String key) {
        Map<String, String> labels = new LinkedHashMap<>();
        form.field(key).map(FormField::options).ifPresent(options ->
                options.forEach(option -> labels.put(option.value(), option.label())));
        return labels;
    }

    /** Value → label; a value no longer offered by the form shows as stored. */
    public record Options(Map<String, String> professions, Map<String, String> origines) {
        public String profession(String value) {
            return professions.getOrDefault(value, value);
        }

        public String origine(String value) {
            return origines.getOrDefault(value, value);
        }
    }
}
