package fr.territoire.sante.installation.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The inputs of one deployed Camunda Form, read from its JSON (schema of Camunda Modeler 5, form-js
 * 1.x): key, label, required flag, lengths, pattern, choices and hide condition of each field,
 * groups and other containers included. Texts, spacers and buttons have no key and are left out. A
 * dynamic list is one field (its {@code path}, a list of rows) whose rows have fields of their own:
 * {@link #list(String)}.
 */
public final class FormSchema {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String id;
    private final Map<String, FormField> fields;
    private final Map<String, FormSchema> lists;
    /** Each field's custom properties (Modeler's "Custom properties"): what the form declares beyond inputs. */
    private final Map<String, Map<String, String>> properties;

    private FormSchema(String id, Map<String, FormField> fields, Map<String, FormSchema> lists,
            Map<String, Map<String, String>> properties) {
        this.id = id;
        this.fields = Collections.unmodifiableMap(fields);
        this.lists = Collections.unmodifiableMap(lists);
        this.properties = Collections.unmodifiableMap(properties);
    }

    public static FormSchema parse(InputStream json) {
        try {
            JsonNode root = JSON.readTree(json);
            return schema(root.path("id").asText(), root.path("components"));
        } catch (IOException e) {
            throw new UncheckedIOException("A deployed form is not valid JSON", e);
        }
    }

    /** The form's id, which tasks name in {@code camunda:formRef}. */
    public String id() {
        return id;
    }

    public Optional<FormField> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /** Every input in the order the form shows them. */
    public Map<String, FormField> fields() {
        return fields;
    }

    /** A custom property the form declares on a field (e.g. the version of a notice it shows), if any. */
    public Optional<String> property(String key, String name) {
        return Optional.ofNullable(properties.getOrDefault(key, Map.of()).get(name));
    }

    /** The fields of one row of a dynamic list ({@code "type": "dynamiclist"}, bound to {@code path}). */
    public Optional<FormSchema> list(String path) {
        return Optional.ofNullable(lists.get(path));
    }

    private static FormSchema schema(String id, JsonNode components) {
        Map<String, FormField> fields = new LinkedHashMap<>();
        Map<String, FormSchema> lists = new LinkedHashMap<>();
        Map<String, Map<String, String>> properties = new LinkedHashMap<>();
        collect(id, components, fields, lists, properties);
        return new FormSchema(id, fields, lists, properties);
    }

    private static void collect(String id, JsonNode components, Map<String, FormField> fields, Map<String, FormSchema> lists,
            Map<String, Map<String, String>> properties) {
        for (JsonNode component : components) {
            String path = component.path("path").asText(null);
            if (FormField.DYNAMIC_LIST.equals(component.path("type").asText()) && path != null && !path.isBlank()) {
                // The list's rows are submitted under its path: their fields are not the form's own.
                fields.put(path, field(path, component));
                lists.put(path, schema(id + " › " + path, component.path("components")));
                continue;
            }
            collect(id, component.path("components"), fields, lists, properties);
            String key = component.path("key").asText(null);
            if (key != null && !key.isBlank()) {
                fields.put(key, field(key, component));
                Map<String, String> declared = new LinkedHashMap<>();
                component.path("properties").fields().forEachRemaining(p -> declared.put(p.getKey(), p.getValue().asText()));
                if (!declared.isEmpty()) {
                    properties.put(key, Collections.unmodifiableMap(declared));
                }
            }
        }
    }

    private static FormField field(String key, JsonNode component) {
        String type = component.path("type").asText();
        JsonNode validate = component.path("validate");
        return new FormField(key, type, label(key, component), text(component, "description"),
                validate.path("required").asBoolean(false), integer(validate, "minLength"), integer(validate, "maxLength"),
                text(validate, "pattern"), text(validate, "validationType"), options(component),
                text(component, "valuesKey"), component.path("disallowPassedDates").asBoolean(false), hide(component));
    }

    /** What the user reads next to the input: a date picker names its date part, a time picker its time part. */
    private static String label(String key, JsonNode component) {
        for (String name : new String[] {"label", "dateLabel", "timeLabel"}) {
            String label = text(component, name);
            if (label != null && !label.isBlank()) {
                return label;
            }
        }
        return key;
    }

    private static List<FormField.Option> options(JsonNode component) {
        List<FormField.Option> options = new ArrayList<>();
        for (JsonNode value : component.path("values")) {
            options.add(new FormField.Option(value.path("value").asText(), value.path("label").asText(value.path("value").asText())));
        }
        return List.copyOf(options);
    }

    private static String hide(JsonNode component) {
        String hide = text(component.path("conditional"), "hide");
        if (hide == null || hide.isBlank()) {
            return null;
        }
        return hide.startsWith("=") ? hide.substring(1) : hide;
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Integer integer(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || !value.canConvertToInt() ? null : value.asInt();
    }
}
