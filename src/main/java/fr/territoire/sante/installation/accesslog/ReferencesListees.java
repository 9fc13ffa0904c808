package fr.territoire.sante.installation.accesslog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.territoire.sante.installation.process.ProcessVariables;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The dossiers a page of tasks shows: every variable {@code dossierReference} in the engine's answer (the
 * HAL form Tasklist asks for embeds each task's variables). An answer without them names no one.
 */
final class ReferencesListees {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReferencesListees() {
    }

    static List<String> dans(byte[] reponse) {
        if (reponse == null || reponse.length == 0) {
            return List.of();
        }
        try {
            Set<String> references = new LinkedHashSet<>();
            collecter(JSON.readTree(reponse), references);
            return new ArrayList<>(references);
        } catch (IOException e) {
            return List.of(); // not JSON: nothing the engine lists
        }
    }

    private static void collecter(JsonNode noeud, Set<String> references) {
        if (noeud == null) {
            return;
        }
        if (noeud.isObject() && ProcessVariables.DOSSIER_REFERENCE.equals(noeud.path("name").asText(null))
                && noeud.path("value").isTextual() && LectureSuivie.estReference(noeud.path("value").asText())) {
            references.add(noeud.path("value").asText());
        }
        noeud.forEach(enfant -> collecter(enfant, references));
    }
}
