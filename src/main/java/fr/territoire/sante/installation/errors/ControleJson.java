package fr.territoire.sante.installation.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a JSON request body before anything stores it: it must be JSON, hold no NUL character (which
 * PostgreSQL refuses in a text), and, for the engine's API, fit the engine's columns: a variable's name
 * holds 255 characters, a string variable 4,000, a business key 255. Otherwise the engine fails at the
 * end of its transaction, with a 500 and the whole SQL statement in its log. A refusal names the field.
 */
final class ControleJson {

    static final int NOM_VARIABLE_MAX = 255;
    static final int TEXTE_VARIABLE_MAX = 4000;
    static final int CLE_METIER_MAX = 255;
    /** The engine API's keys whose value maps variable names to {"value", "type"}. */
    private static final Set<String> VARIABLES = Set.of("variables", "modifications", "localVariables", "processVariables",
            "processVariablesLocal", "correlationKeys", "localCorrelationKeys", "variablesLocal");

    private static final ObjectMapper JSON = new ObjectMapper();

    private ControleJson() {
    }

    /** The refusal of this body, or empty when it may go on. */
    static Optional<RequeteRefusee> controler(byte[] corps, boolean moteur, String chemin) {
        JsonNode racine;
        try {
            racine = JSON.readTree(corps);
        } catch (JsonProcessingException illisible) {
            return Optional.of(new RequeteRefusee(400, "Corps de la requête illisible : un JSON valide est attendu."));
        } catch (IOException illisible) {
            return Optional.of(new RequeteRefusee(400, "Corps de la requête illisible."));
        }
        if (racine == null || racine.isMissingNode()) {
            return Optional.empty();
        }
        if (moteur && racine.isNull()) {
            // Camunda's resources read "null" as no body at all and fail on it with a NullPointerException.
            return Optional.of(new RequeteRefusee(400, "Corps de la requête vide : un objet JSON est attendu."));
        }
        Optional<RequeteRefusee> nul = sansNul(racine, "");
        if (nul.isPresent() || !moteur) {
            return nul;
        }
        if (chemin.matches(".*/(variables|localVariables)/[^/]+/?$")) {
            Optional<RequeteRefusee> seule = variable(Texte.extrait(chemin.replaceAll(".*/", ""), 60), racine);
            if (seule.isPresent()) {
                return seule;
            }
        }
        return moteur(racine);
    }

    private static Optional<RequeteRefusee> sansNul(JsonNode noeud, String champ) {
        if (noeud.isTextual() && noeud.textValue().indexOf('\0') >= 0) {
            return Optional.of(new RequeteRefusee(400, champ.isEmpty() ? "Caractère nul interdit dans la requête."
                    : "Caractère nul interdit dans le champ « " + champ + " »."));
        }
        if (noeud.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = noeud.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> entree = it.next();
                if (entree.getKey().indexOf('\0') >= 0) {
                    return Optional.of(new RequeteRefusee(400, "Caractère nul interdit dans un nom de champ."));
                }
                Optional<RequeteRefusee> dedans = sansNul(entree.getValue(), Texte.extrait(entree.getKey(), 60));
                if (dedans.isPresent()) {
                    return dedans;
                }
            }
        }
        if (noeud.isArray()) {
            for (JsonNode element : noeud) {
                Optional<RequeteRefusee> dedans = sansNul(element, champ);
                if (dedans.isPresent()) {
                    return dedans;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<RequeteRefusee> moteur(JsonNode noeud) {
        if (noeud.isArray()) {
            for (JsonNode element : noeud) {
                Optional<RequeteRefusee> dedans = moteur(element);
                if (dedans.isPresent()) {
                    return dedans;
                }
            }
        }
        if (!noeud.isObject()) {
            return Optional.empty();
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = noeud.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entree = it.next();
            JsonNode valeur = entree.getValue();
            if (entree.getKey().equals("businessKey") && valeur.isTextual() && valeur.textValue().length() > CLE_METIER_MAX) {
                return Optional.of(new RequeteRefusee(400, "Clé métier trop longue : " + CLE_METIER_MAX + " caractères au plus."));
            }
            if (VARIABLES.contains(entree.getKey()) && valeur.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> vars = valeur.fields(); vars.hasNext();) {
                    Map.Entry<String, JsonNode> var = vars.next();
                    String nom = Texte.extrait(var.getKey(), 60);
                    if (var.getKey().length() > NOM_VARIABLE_MAX) {
                        return Optional.of(new RequeteRefusee(400, "Nom de variable trop long (" + NOM_VARIABLE_MAX
                                + " caractères au plus) : « " + nom + " »."));
                    }
                    if (var.getKey().isBlank()) {
                        return Optional.of(new RequeteRefusee(400, "Nom de variable vide."));
                    }
                    Optional<RequeteRefusee> refus = variable(nom, var.getValue());
                    if (refus.isPresent()) {
                        return refus;
                    }
                }
            }
            Optional<RequeteRefusee> dedans = moteur(valeur);
            if (dedans.isPresent()) {
                return dedans;
            }
        }
        return Optional.empty();
    }

    /**
     * One variable's {"value", "type", "valueInfo"}: an object; a string (the default type) fits the
     * engine's text column; no Java serialized object (the engine refuses them, with a 500).
     */
    private static Optional<RequeteRefusee> variable(String nom, JsonNode variable) {
        if (variable == null || !variable.isObject()) {
            return Optional.of(new RequeteRefusee(400, "Variable « " + nom + " » : un objet {\"value\", \"type\"} est attendu."));
        }
        JsonNode format = variable.path("valueInfo").path("serializationDataFormat");
        if (format.isTextual() && format.textValue().toLowerCase(java.util.Locale.ROOT).contains("java")) {
            return Optional.of(new RequeteRefusee(400, "Variable « " + nom + " » : les objets Java sérialisés sont refusés."));
        }
        JsonNode valeur = variable.get("value");
        JsonNode type = variable.get("type");
        boolean texte = type == null || type.isNull() || "string".equalsIgnoreCase(type.asText());
        if (texte && valeur != null && valeur.isTextual() && valeur.textValue().length() > TEXTE_VARIABLE_MAX) {
            return Optional.of(new RequeteRefusee(400, "Valeur trop longue pour « " + nom + " » : " + TEXTE_VARIABLE_MAX
                    + " caractères au plus."));
        }
        return Optional.empty();
    }
}
