package fr.territoire.sante.installation.process;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Reads the values a Camunda Form submitted, checks them the way the form does (so a call that skips
 * the form gets the same answers) and collects every problem into one French message.
 */
public final class FormValues {

    static final int TEXT_MAX = 4000;
    static final int LINE_MAX = 200;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern PHONE = Pattern.compile("^(\\+33 ?|0)[1-9]( ?[0-9]{2}){4}$");

    private final DelegateExecution execution;
    private final Set<String> read = new LinkedHashSet<>();
    private final List<String> problems = new ArrayList<>();
    private String firstInvalidKey;
    private boolean validated;

    public FormValues(DelegateExecution execution) {
        this.execution = execution;
    }

    public String text(String key, String label) {
        return bounded(key, label, raw(key), TEXT_MAX);
    }

    public String line(String key, String label) {
        return bounded(key, label, raw(key), LINE_MAX);
    }

    public String requiredText(String key, String label) {
        return required(key, label, text(key, label));
    }

    public String requiredLine(String key, String label) {
        return required(key, label, line(key, label));
    }

    /** Required only when the form shows the field. */
    public String requiredTextIf(boolean shown, String key, String label) {
        return shown ? requiredText(key, label) : null;
    }

    public String requiredLineIf(boolean shown, String key, String label) {
        return shown ? requiredLine(key, label) : null;
    }

    public String choice(String key, String label, Set<String> allowed) {
        String value = requiredLine(key, label);
        if (value != null && !allowed.contains(value)) {
            problem(key, "« " + label + " » : valeur non reconnue");
            return null;
        }
        return value;
    }

    public boolean yesNo(String key, String label) {
        return "oui".equals(choice(key, label, Set.of("oui", "non")));
    }

    public boolean checked(String key) {
        Object value = raw(key);
        return Boolean.TRUE.equals(value) || "true".equals(value);
    }

    public void mustBeChecked(String key, String label) {
        if (!checked(key)) {
            problem(key, "« " + label + " » doit être coché");
        }
    }

    public String email(String key, String label) {
        String value = requiredLine(key, label);
        if (value != null && !EMAIL.matcher(value).matches()) {
            problem(key, "« " + label + " » n'est pas une adresse e-mail valide");
        }
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    public String phone(String key, String label) {
        String value = requiredLine(key, label);
        if (value != null && !PHONE.matcher(value).matches()) {
            problem(key, "« " + label + " » n'est pas un numéro de téléphone valide (ex. 06 12 34 56 78)");
        }
        return value;
    }

    public LocalDate date(String key, String label, boolean required) {
        Object value = raw(key);
        if (isBlank(value)) {
            if (required) {
                problem(key, "« " + label + " » est obligatoire");
            }
            return null;
        }
        try {
            if (value instanceof Date date) {
                return LocalDate.ofInstant(date.toInstant(), Calendrier.FUSEAU);
            }
            return LocalDate.parse(value.toString().trim().substring(0, Math.min(10, value.toString().trim().length())));
        } catch (DateTimeParseException e) {
            problem(key, "« " + label + " » n'est pas une date valide (AAAA-MM-JJ)");
            return null;
        }
    }

    public LocalDate dateFromToday(String key, String label) {
        LocalDate date = date(key, label, true);
        if (date != null && date.isBefore(Calendrier.aujourdhui())) {
            problem(key, "« " + label + " » ne peut pas être dans le passé");
        }
        return date;
    }

    public LocalDate dateUntilToday(String key, String label) {
        LocalDate date = date(key, label, true);
        if (date != null && date.isAfter(Calendrier.aujourdhui())) {
            problem(key, "« " + label + " » ne peut pas être dans le futur");
        }
        return date;
    }

    /** A date and time that must lie ahead: an appointment. */
    public Instant futureDateTime(String key, String label) {
        Object value = raw(key);
        if (isBlank(value)) {
            problem(key, "« " + label + " » est obligatoire");
            return null;
        }
        Instant instant = parseInstant(value);
        if (instant == null) {
            problem(key, "« " + label + " » n'est pas une date et heure valide");
        } else if (!instant.isAfter(Calendrier.maintenant())) {
            problem(key, "« " + label + " » doit être dans le futur");
        }
        return instant;
    }

    /** A rule of the step itself, checked with the form's own rules. */
    public void check(boolean valid, String key, String message) {
        if (!valid) {
            problem(key, message);
        }
    }

    /**
     * Throws one 400-mapped exception naming every problem, before anything is written. When the form
     * is valid, its values leave the process: personal data lives in the reporting store only, and the
     * step may then set process variables of the same name (e.g. a typed date).
     */
    public void validate() {
        if (!problems.isEmpty()) {
            throw new FormFieldValidationException(firstInvalidKey,
                    "Formulaire à corriger : " + String.join(" ; ", problems) + ".");
        }
        read.forEach(execution::removeVariable);
        validated = true;
    }

    boolean isValidated() {
        return validated;
    }

    private Object raw(String key) {
        read.add(key);
        return execution.getVariable(key);
    }

    private String bounded(String key, String label, Object value, int max) {
        if (isBlank(value)) {
            return null;
        }
        String text = value.toString().trim();
        if (text.length() > max) {
            problem(key, "« " + label + " » dépasse " + max + " caractères");
        }
        return text;
    }

    private String required(String key, String label, String value) {
        if (value == null && problems.stream().noneMatch(p -> p.contains("« " + label + " »"))) {
            problem(key, "« " + label + " » est obligatoire");
        }
        return value;
    }

    private void problem(String key, String message) {
        if (firstInvalidKey == null) {
            firstInvalidKey = key;
        }
        problems.add(message);
    }

    private static boolean isBlank(Object value) {
        return value == null || value.toString().isBlank();
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
