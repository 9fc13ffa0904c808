package fr.territoire.sante.installation.forms;

import java.util.List;

/**
 * One input of a Camunda Form, as the process owner drew it in Modeler: what a submission of that
 * field must respect, and how the form names it to users.
 *
 * @param options   the static choices of a select or radio (empty otherwise)
 * @param valuesKey the process variable that holds the choices instead, when the form reads them from it
 * @param hide      the FEEL condition that hides the field (without its leading "="), or null
 */
public record FormField(
        String key,
        String type,
        String label,
        String description,
        boolean required,
        Integer minLength,
        Integer maxLength,
        String pattern,
        String validationType,
        List<Option> options,
        String valuesKey,
        boolean disallowPassedDates,
        String hide) {

    static final String DYNAMIC_LIST = "dynamiclist";

    /** A choice offered to the user: the value stored, the label shown. */
    public record Option(String value, String label) {
    }

    /** One value among options: a select or a radio. */
    public boolean offersChoices() {
        return type.equals("select") || type.equals("radio");
    }

    /** Several values among options: a checklist or a taglist. */
    public boolean offersSeveralChoices() {
        return type.equals("checklist") || type.equals("taglist");
    }

    public boolean isDate() {
        return type.equals("datetime");
    }

    public boolean isCheckbox() {
        return type.equals("checkbox");
    }

    /** A dynamic list: rows of fields, submitted as one list under the list's path. */
    public boolean isList() {
        return type.equals(DYNAMIC_LIST);
    }

    public boolean isText() {
        return type.equals("textfield") || type.equals("textarea");
    }
}
