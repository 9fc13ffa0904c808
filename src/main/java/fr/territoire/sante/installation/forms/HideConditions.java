package fr.territoire.sante.installation.forms;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * Decides whether a field was hidden when the user submitted, by evaluating the form's own FEEL
 * condition on the submitted values, with the FEEL engine Camunda itself ships. Tasklist does not
 * submit a hidden field, nor check it: the server must not ask for it either. The FEEL engine comes
 * with the Camunda engine (its DMN part) and is not declared in the POM, so that its version is always
 * the one the engine was built with.
 */
final class HideConditions {

    /** The engine keeps no state between evaluations; one serves every thread. */
    private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();
    /** Parsing costs far more than evaluating, and a deployed form's conditions never change. */
    private static final Map<String, Optional<ParsedExpression>> PARSED = new ConcurrentHashMap<>();

    private HideConditions() {
    }

    /**
     * As form-js does, a field is hidden only when its condition yields true; a condition that fails
     * to parse or to evaluate (a typo of the process owner) leaves the field shown, so it is still checked.
     */
    static boolean isHidden(FormField field, Map<String, Object> values) {
        if (field.hide() == null) {
            return false;
        }
        Optional<ParsedExpression> condition = PARSED.computeIfAbsent(field.hide(), HideConditions::parse);
        if (condition.isEmpty()) {
            return false;
        }
        EvaluationResult result = FEEL.evaluate(condition.get(), values);
        return result.isSuccess() && Boolean.TRUE.equals(result.result());
    }

    private static Optional<ParsedExpression> parse(String expression) {
        ParseResult parsed = FEEL.parseExpression(expression);
        return parsed.isSuccess() ? Optional.of(parsed.parsedExpression()) : Optional.empty();
    }
}
