package fr.territoire.sante.installation.dossier;

import java.util.LinkedHashMap;
import java.util.Map;

/** The professions the request form offers: value stored, label shown. */
public final class Professions {

    public static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("medecin-generaliste", "Médecin généraliste");
        LABELS.put("medecin-specialiste", "Médecin spécialiste");
        LABELS.put("infirmier", "Infirmier ou infirmière");
        LABELS.put("sage-femme", "Sage-femme");
        LABELS.put("masseur-kinesitherapeute", "Masseur-kinésithérapeute");
        LABELS.put("chirurgien-dentiste", "Chirurgien-dentiste");
        LABELS.put("pharmacien", "Pharmacien");
        LABELS.put("orthophoniste", "Orthophoniste");
        LABELS.put("autre", "Autre profession");
    }

    private Professions() {
    }

    public static String label(String value) {
        return LABELS.getOrDefault(value, value);
    }
}
