package fr.territoire.sante.installation.ranking;

import java.util.HashMap;
import java.util.Map;

/**
 * The inputs of the decision table for one (dossier, site): each true, false, or null when it does not
 * apply (the professional is indifferent, or the data is missing), in which case no rule fires for it.
 * A value: equal facts give equal verdicts, so a ranking evaluates the table once per distinct facts.
 *
 * @param besoinTerritoire "AUCUN" or the {@code UrgenceBesoin} name of the commune's most urgent open need
 */
record Faits(Boolean professionRecherchee, Boolean statutCompatible, Boolean modeExerciceConforme,
        Boolean equipeConforme, Boolean locauxDisponibles, Boolean communeSouhaitee, Boolean logementProche,
        Boolean gardeEnfantsProche, Boolean emploiConjointProche, String besoinTerritoire) {

    static final String AUCUN_BESOIN = "AUCUN";

    /** The variables the table's input expressions name. */
    Map<String, Object> variables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("professionRecherchee", professionRecherchee);
        variables.put("statutCompatible", statutCompatible);
        variables.put("modeExerciceConforme", modeExerciceConforme);
        variables.put("equipeConforme", equipeConforme);
        variables.put("locauxDisponibles", locauxDisponibles);
        variables.put("communeSouhaitee", communeSouhaitee);
        variables.put("logementProche", logementProche);
        variables.put("gardeEnfantsProche", gardeEnfantsProche);
        variables.put("emploiConjointProche", emploiConjointProche);
        variables.put("besoinTerritoire", besoinTerritoire);
        return variables;
    }
}
