package fr.territoire.sante.installation.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.spin.json.SpinJsonNode;

/**
 * A multi-valued field as it arrives: Tasklist submits a checklist as a Json variable (a Spin node with
 * the Spin plugin), the Java API may pass a list, a JSON text or a single value.
 */
final class JsonList {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonList() {
    }

    /** The values as strings, empty for nothing; null when the value is not a list of plain values. */
    static List<String> strings(Object raw) {
        if (raw == null) {
            return List.of();
        }
        if (raw instanceof SpinJsonNode node) {
            return fromJson(node.toString());
        }
        if (raw instanceof Collection<?> values) {
            List<String> strings = new ArrayList<>();
            for (Object value : values) {
                if (value == null || value instanceof Collection<?> || value instanceof java.util.Map<?, ?>) {
                    return null;
                }
                strings.add(value.toString().trim());
            }
            return List.copyOf(strings);
        }
        String text = raw.toString().trim();
        if (text.isEmpty()) {
            return List.of();
        }
        return text.startsWith("[") ? fromJson(text) : List.of(text);
    }

    private static List<String> fromJson(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || node.isNull()) {
                return List.of();
            }
            if (!node.isArray()) {
                return node.isValueNode() ? List.of(node.asText().trim()) : null;
            }
            List<String> strings = new ArrayList<>();
            for (JsonNode element : node) {
                if (!element.isValueNode() || element.isNull()) {
                    return null;
                }
                strings.add(element.asText().trim());
            }
            return List.copyOf(strings);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
