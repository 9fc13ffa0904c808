package fr.territoire.sante.installation.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.territoire.sante.installation.process.Calendrier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Reads what a user submitted through a Camunda Form and checks it against that form's own rules
 * (required, lengths, pattern, e-mail, choices, hidden fields), so that a form changed in Modeler
 * changes what is accepted with no Java change, and every message names the field as the form labels
 * it. The step's own rules, which a form cannot say (dates that must be past or future, what the
 * store can hold, rules across fields), are added with the methods below and {@link #check}. Every
 * problem is collected into one French message, thrown by {@link #validate()} before anything is written.
 */
public final class FormValues {

    /** What the reporting store's columns hold: a multi-line text, a line, a choice's value. */
    public static final int TEXT_STORED = 4000;
    public static final int LINE_STORED = 200;
    public static final int CHOICE_STORED = 40;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ().-]{6,20}$");

    private final FormSchema form;
    private final Map<String, Object> submitted;
    private final Runnable onValid;
    /** For a row of a dynamic list: the form it belongs to, which collects its problems, and its name. */
    private final FormValues parent;
    private final String listPath;
    private final String row;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> keysWithProblems = new HashSet<>();
    private String firstInvalidKey;
    private boolean validated;

    /**
     * @param submitted the values as the engine holds them after the submission
     * @param onValid   what to do once the submission is valid, before the step writes (the listener
     *                  removes the form's values from the process: they live in the reporting store)
     */
    public FormValues(FormSchema form, Map<String, Object> submitted, Runnable onValid) {
        this.form = form;
        this.submitted = new HashMap<>(submitted); // one copy, which each hide condition then reads
        this.onValid = onValid;
        this.parent = null;
        this.listPath = null;
        this.row = null;
    }

    private FormValues(FormSchema rowForm, Map<?, ?> rowValues, FormValues parent, String listPath, String row) {
        this.form = rowForm;
        this.submitted = new HashMap<>();
        rowValues.forEach((key, value) -> submitted.put(String.valueOf(key), value));
        this.onValid = () -> { };
        this.parent = parent;
        this.listPath = listPath;
        this.row = row;
    }

    /**
     * The rows of a dynamic list, each read against the list's own fields with the methods below; a
     * row's problems join this form's one message, the row named by its number. Empty when the list is
     * hidden or nothing was submitted. Tasklist submits the list as JSON: a list of objects.
     */
    public List<FormValues> rows(String path) {
        FormField field = field(path, "a dynamic list", FormField::isList);
        FormSchema rowForm = form.list(path).orElseThrow();
        if (HideConditions.isHidden(field, submitted) || submitted.get(path) == null) {
            return List.of();
        }
        List<?> rows = list(submitted.get(path));
        if (rows == null || rows.stream().anyMatch(r -> !(r instanceof Map))) {
            refuse(field, "n'est pas une liste valide");
            return List.of();
        }
        List<FormValues> values = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            values.add(new FormValues(rowForm, (Map<?, ?>) rows.get(i), this, path, "n° " + (i + 1)));
        }
        return values;
    }

    /** A multi-line text; null when empty or hidden. */
    public String text(String key) {
        return string(key, TEXT_STORED);
    }

    /** A single line; null when empty or hidden. */
    public String line(String key) {
        return string(key, LINE_STORED);
    }

    /** A single line whose store column is narrower than a line's. */
    public String line(String key, int stored) {
        return string(key, stored);
    }

    /** The value of the option chosen, which must be one the form offers; null when empty or hidden. */
    public String choice(String key) {
        FormField field = field(key, "a choice", FormField::offersChoices);
        String value = shownValue(field);
        if (value == null) {
            return null;
        }
        if (options(field).stream().noneMatch(o -> o.value().equals(value))) {
            refuse(field, ": valeur non reconnue");
            return null;
        }
        if (value.length() > CHOICE_STORED) {
            refuse(field, ": valeur trop longue pour être enregistrée (" + CHOICE_STORED + " caractères au plus)");
        }
        return value;
    }

    /**
     * The values of the options ticked in a checklist (or taglist), each one the form offers, in the
     * form's order; empty when none or hidden. Tasklist submits them as a JSON array (a "Json" typed
     * variable, which Spin hands over as a JSON node); the API and tests may send a list, or the JSON text.
     */
    public List<String> choices(String key) {
        FormField field = field(key, "a checklist", FormField::offersSeveralChoices);
        List<String> values = ticked(field);
        List<FormField.Option> options = options(field);
        if (values.stream().anyMatch(v -> options.stream().noneMatch(o -> o.value().equals(v)))) {
            refuse(field, ": valeur non reconnue");
            return List.of();
        }
        return options.stream().map(FormField.Option::value).filter(values::contains).toList();
    }

    /**
     * The values ticked in a checklist whose options the task feeds from its own local variables, which the
     * step cannot see: not checked against the options, the step checks each. Empty when none or hidden.
     */
    public List<String> choicesFromTask(String key) {
        return ticked(field(key, "a checklist", FormField::offersSeveralChoices));
    }

    private List<String> ticked(FormField field) {
        Object raw = HideConditions.isHidden(field, submitted) ? null : submitted.get(field.key());
        List<String> values = listOf(raw);
        if (values == null) {
            refuse(field, ": liste de valeurs illisible");
            return List.of();
        }
        if (values.isEmpty() && field.required()) {
            refuse(field, "est obligatoire");
        }
        return values;
    }

    /** The value chosen in a select or radio whose options the task feeds (see {@link #choicesFromTask}); null when empty or hidden. */
    public String choiceFromTask(String key) {
        FormField field = field(key, "a choice", FormField::offersChoices);
        String value = shownValue(field);
        if (value != null && value.length() > CHOICE_STORED) {
            refuse(field, ": valeur non reconnue");
            return null;
        }
        return value;
    }

    /** A text the step cannot do without (its store column is mandatory), whatever the form says. */
    public String requiredText(String key) {
        return needed(key, text(key));
    }

    /** A line the step cannot do without, whatever the form says. */
    public String requiredLine(String key) {
        return needed(key, line(key));
    }

    /** A line the step cannot do without, in a store column narrower than a line's. */
    public String requiredLine(String key, int stored) {
        return needed(key, line(key, stored));
    }

    /** A choice the step cannot do without (a gateway follows it, or the store needs it). */
    public String requiredChoice(String key) {
        return needed(key, choice(key));
    }

    /** The label the form gives the option chosen. */
    public String choiceLabel(String key) {
        String value = choice(key);
        FormField field = field(key, "a choice", FormField::offersChoices);
        return value == null ? null : options(field).stream().filter(o -> o.value().equals(value))
                .map(FormField.Option::label).findFirst().orElse(value);
    }

    /** Whether a checkbox is ticked; a required one must be. */
    public boolean checked(String key) {
        FormField field = field(key, "a checkbox", FormField::isCheckbox);
        if (HideConditions.isHidden(field, submitted)) {
            return false;
        }
        Object value = submitted.get(key);
        boolean checked = Boolean.TRUE.equals(value) || "true".equals(value);
        if (field.required() && !checked) {
            refuse(field, "doit être coché");
        }
        return checked;
    }

    /** A box the step needs ticked, whatever the form says (the professional's consent, a check done). */
    public void mustBeChecked(String key) {
        if (!checked(key)) {
            stepRefuses(key, "doit être coché");
        }
    }

    /** A day; null when empty or hidden. */
    public LocalDate date(String key) {
        FormField field = field(key, "a date", FormField::isDate);
        Object value = shownRaw(field);
        if (value == null) {
            return null;
        }
        LocalDate date = parseDate(value);
        if (date == null) {
            refuse(field, "n'est pas une date valide (AAAA-MM-JJ)");
        } else if (field.disallowPassedDates() && date.isBefore(Calendrier.aujourdhui())) {
            refuse(field, "ne peut pas être dans le passé");
        }
        return date;
    }

    /** A day that cannot be after today, which the step needs: something that has happened. */
    public LocalDate dateUntilToday(String key) {
        LocalDate date = needed(key, date(key));
        if (date != null && date.isAfter(Calendrier.aujourdhui())) {
            stepRefuses(key, "ne peut pas être dans le futur");
        }
        return date;
    }

    /** A day and time; null when empty or hidden. */
    public Instant dateTime(String key) {
        FormField field = field(key, "a date", FormField::isDate);
        Object value = shownRaw(field);
        if (value == null) {
            return null;
        }
        Instant instant = parseInstant(value);
        if (instant == null) {
            refuse(field, "n'est pas une date et heure valide");
        }
        return instant;
    }

    /** A day and time still ahead, which the step needs: an appointment. */
    public Instant futureDateTime(String key) {
        Instant instant = needed(key, dateTime(key));
        if (instant != null && !instant.isAfter(Calendrier.maintenant())) {
            stepRefuses(key, "doit être dans le futur");
        }
        return instant;
    }

    /**
     * A rule of the step itself: when it does not hold, the message follows the field's label. A field
     * the form already refused gets no second message.
     */
    /**
     * A custom property the form declares on one of its fields (not a submitted value: what the form
     * the user saw says, e.g. the version of the notice its text links to).
     */
    public Optional<String> declared(String key, String name) {
        field(key);
        return form.property(key, name);
    }

    public void check(boolean valid, String key, String message) {
        if (!valid) {
            stepRefuses(key, ": " + message);
        }
    }

    /** The field's label in the deployed form. */
    public String label(String key) {
        return field(key).label();
    }

    /** Throws one 400-mapped exception naming every problem, before anything is written. */
    public void validate() {
        if (parent != null) {
            throw new IllegalStateException("A row of " + form.id() + " is validated with its form, not alone");
        }
        if (!problems.isEmpty()) {
            throw new FormFieldValidationException(firstInvalidKey,
                    "Formulaire à corriger : " + String.join(" ; ", problems) + ".");
        }
        validated = true;
        onValid.run();
    }

    boolean isValidated() {
        return validated;
    }

    private String string(String key, int stored) {
        FormField field = field(key, "a text", FormField::isText);
        String text = shownValue(field);
        if (text == null) {
            return null;
        }
        if (field.maxLength() != null && text.length() > field.maxLength()) {
            refuse(field, "dépasse " + field.maxLength() + " caractères");
        } else if (text.length() > stored) {
            refuse(field, "dépasse " + stored + " caractères");
        }
        if (field.minLength() != null && text.length() < field.minLength()) {
            refuse(field, "doit compter au moins " + field.minLength() + " caractères");
        }
        if (field.pattern() != null && !matches(field.pattern(), text)) {
            refuse(field, "n'a pas le format attendu" + hint(field));
        }
        if ("email".equals(field.validationType()) && !EMAIL.matcher(text).matches()) {
            refuse(field, "n'est pas une adresse e-mail valide");
        }
        if ("phone".equals(field.validationType()) && !PHONE.matcher(text).matches()) {
            refuse(field, "n'est pas un numéro de téléphone valide");
        }
        return "email".equals(field.validationType()) ? text.toLowerCase(Locale.ROOT) : text;
    }

    /** The trimmed value of a shown field, null when empty; a required one must be there. */
    private String shownValue(FormField field) {
        Object raw = shownRaw(field);
        return raw == null ? null : raw.toString().trim();
    }

    private Object shownRaw(FormField field) {
        if (HideConditions.isHidden(field, submitted)) {
            return null; // Tasklist neither submits nor checks a hidden field
        }
        Object value = submitted.get(field.key());
        if (value == null || value.toString().isBlank()) {
            if (field.required()) {
                refuse(field, "est obligatoire");
            }
            return null;
        }
        return value;
    }

    /** A submitted list of values as strings: empty when nothing was ticked, null when unreadable. */
    private static List<String> listOf(Object raw) {
        if (raw == null) {
            return List.of();
        }
        if (raw instanceof Collection<?> values) {
            return values.stream().filter(Objects::nonNull).map(v -> v.toString().trim()).toList();
        }
        // A Spin JSON node prints as its JSON text; so does a string typed by hand
        String text = raw.toString().trim();
        if (text.isEmpty()) {
            return List.of();
        }
        try {
            JsonNode node = JSON.readTree(text);
            if (!node.isArray()) {
                return null;
            }
            List<String> values = new ArrayList<>();
            for (JsonNode value : node) {
                if (!value.isValueNode() || value.isNull()) {
                    return null;
                }
                values.add(value.asText().trim());
            }
            return values;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private List<FormField.Option> options(FormField field) {
        if (field.valuesKey() == null) {
            return field.options();
        }
        // choices the process put in a variable: a list of {label, value}
        Object variable = submitted.get(field.valuesKey());
        List<FormField.Option> options = new ArrayList<>();
        if (variable instanceof Collection<?> values) {
            for (Object value : values) {
                if (value instanceof Map<?, ?> option && option.get("value") != null) {
                    options.add(new FormField.Option(option.get("value").toString(),
                            Objects.toString(option.get("label"), option.get("value").toString())));
                }
            }
        }
        return options;
    }

    private FormField field(String key) {
        return form.field(key).orElseThrow(() -> new IllegalStateException(
                "Form '" + form.id() + "' has no field '" + key + "'"));
    }

    private FormField field(String key, String kind, Predicate<FormField> isKind) {
        FormField field = field(key);
        if (!isKind.test(field)) {
            throw new IllegalStateException("Field '" + key + "' of form '" + form.id() + "' is a " + field.type()
                    + ", not " + kind);
        }
        return field;
    }

    private <T> T needed(String key, T value) {
        if (value == null) {
            stepRefuses(key, "est obligatoire");
        }
        return value;
    }

    /** A rule of the step, not of the form: one message per field, so none for a field already refused. */
    private void stepRefuses(String key, String what) {
        if (!keysWithProblems.contains(key)) {
            refuse(field(key), what);
        }
    }

    /** The message names the field as the form labels it (and a list's row by its number). */
    private void refuse(FormField field, String what) {
        problem(field, "« " + field.label() + " »" + (row == null ? "" : " (" + row + ")") + " " + what);
    }

    private void problem(FormField field, String message) {
        keysWithProblems.add(field.key());
        if (parent != null) {
            parent.problem(parent.field(listPath), message);
            return;
        }
        if (firstInvalidKey == null) {
            firstInvalidKey = field.key();
        }
        if (!problems.contains(message)) {
            problems.add(message);
        }
    }

    /** A list as Java holds it, or its JSON text (a Spin JSON variable prints as its JSON); null if neither. */
    private static List<?> list(Object value) {
        if (value instanceof List<?> list) {
            return list;
        }
        try {
            return JSON.readValue(value.toString(), List.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static boolean matches(String pattern, String text) {
        try {
            return Pattern.compile(pattern).matcher(text).matches();
        } catch (PatternSyntaxException e) {
            return true; // a broken pattern in the form checks nothing, as in the browser
        }
    }

    private static String hint(FormField field) {
        return field.description() == null || field.description().isBlank() ? "" : " (" + field.description() + ")";
    }

    private static LocalDate parseDate(Object value) {
        if (value instanceof Date date) {
            return LocalDate.ofInstant(date.toInstant(), Calendrier.FUSEAU);
        }
        String text = value.toString().trim();
        try {
            return LocalDate.parse(text.substring(0, Math.min(10, text.length())));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant parseInstant(Object value) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        String text = value.toString().trim();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).atZone(Calendrier.FUSEAU).toInstant();
            } catch (DateTimeParseException notLocal) {
                try {
                    return Calendrier.le(LocalDate.parse(text), LocalTime.of(9, 0));
                } catch (DateTimeParseException notDate) {
                    return null;
                }
            }
        }
    }
}
