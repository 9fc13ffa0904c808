package fr.territoire.sante.installation.fiche;

import fr.territoire.sante.installation.forms.DeployedForms;
import fr.territoire.sante.installation.forms.FormField;
import fr.territoire.sante.installation.forms.FormSchema;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The labels of option values, read from the forms a process owner last deployed, so the fiche speaks
 * the words of Tasklist. One per fiche: each form is looked up once per page. A value no longer offered
 * (or a form not deployed) shows as stored.
 */
final class Choix {

    private final DeployedForms forms;
    private final Map<String, Optional<FormSchema>> lus = new HashMap<>();

    Choix(DeployedForms forms) {
        this.forms = forms;
    }

    String libelle(String formulaire, String champ, String valeur) {
        if (valeur == null || valeur.isBlank()) {
            return valeur;
        }
        return option(formulaire, champ, valeur).orElse(valeur);
    }

    /** The label when the value is one of the field's options; empty for a free text. */
    Optional<String> option(String formulaire, String champ, String valeur) {
        if (valeur == null) {
            return Optional.empty();
        }
        return schema(formulaire).flatMap(schema -> schema.field(champ)).map(FormField::options)
                .flatMap(options -> options.stream().filter(option -> option.value().equals(valeur))
                        .map(FormField.Option::label).findFirst());
    }

    /** Every label the field offers, in the form's order (empty for a free text). */
    java.util.List<String> libelles(String formulaire, String champ) {
        return schema(formulaire).flatMap(schema -> schema.field(champ))
                .map(field -> field.options().stream().map(FormField.Option::label).toList())
                .orElse(java.util.List.of());
    }

    /** A field's label in the form, or the given default. */
    String libelleChamp(String formulaire, String champ, String parDefaut) {
        return schema(formulaire).flatMap(schema -> schema.field(champ)).map(FormField::label)
                .filter(label -> !label.equals(champ)).orElse(parDefaut);
    }

    private Optional<FormSchema> schema(String formulaire) {
        return lus.computeIfAbsent(formulaire, key -> {
            try {
                return Optional.of(forms.latest(key));
            } catch (IllegalStateException notDeployed) {
                return Optional.empty();
            }
        });
    }
}
