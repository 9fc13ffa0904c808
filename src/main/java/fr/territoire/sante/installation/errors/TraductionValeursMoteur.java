package fr.territoire.sante.installation.errors;

import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A value sent to the engine's REST API that the engine could not turn into a variable: a type it does
 * not know, a File or Bytes value that is not one, an object it may not (Java serialization) or cannot
 * deserialize. Camunda answers 500 to these; they are the request's fault, so 400. Camunda has no
 * exception type for them: they are recognised by where they were thrown (Camunda's REST DTOs and
 * variable values, its variable serializers, the Spin plugin) and, for the prohibited Java
 * serialization, by the engine's stable message code.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 50)
class TraductionValeursMoteur implements TraductionErreur {

    /** Where reading or storing a variable's value fails when the value is wrong. */
    private static final Set<String> LECTURE_VALEURS = Set.of("org.camunda.bpm.engine.rest.dto.", "org.camunda.bpm.engine.variable.",
            "org.camunda.bpm.engine.impl.variable.serializer.", "org.camunda.bpm.engine.impl.core.variable.", "org.camunda.spin.");
    /** Camunda's REST resources, which read a missing body as null and fail on it. */
    private static final String RESSOURCES_REST = "org.camunda.bpm.engine.rest.sub.";
    private static final String SERIALISATION_JAVA_INTERDITE = "ENGINE-17007";

    private static final ErreurTraduite VALEUR_REFUSEE =
            new ErreurTraduite(400, "Valeur de variable refusée : type ou format non pris en charge.");

    @Override
    public Optional<ErreurTraduite> traduire(Throwable erreur) {
        for (Throwable cause : Causes.de(erreur)) {
            if (cause instanceof ProcessEngineException moteur && String.valueOf(moteur.getMessage()).contains(SERIALISATION_JAVA_INTERDITE)) {
                return Optional.of(new ErreurTraduite(400, "Les objets Java sérialisés sont refusés."));
            }
            boolean valeurIllisible = cause instanceof IllegalArgumentException || cause instanceof ClassCastException
                    || cause instanceof NullPointerException || cause instanceof ProcessEngineException;
            if (valeurIllisible && lancePar(cause, LECTURE_VALEURS)) {
                return Optional.of(VALEUR_REFUSEE);
            }
            if (cause instanceof NullPointerException && lancePar(cause, Set.of(RESSOURCES_REST))) {
                return Optional.of(new ErreurTraduite(400, "Requête incomplète : un objet JSON avec les valeurs attendues est requis."));
            }
        }
        return Optional.empty();
    }

    private static boolean lancePar(Throwable erreur, Set<String> paquets) {
        StackTraceElement[] pile = erreur.getStackTrace();
        if (pile.length == 0) {
            return false;
        }
        String classe = pile[0].getClassName();
        return paquets.stream().anyMatch(classe::startsWith);
    }
}
