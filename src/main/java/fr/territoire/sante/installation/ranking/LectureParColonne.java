package fr.territoire.sante.installation.ranking;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedOutput;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * Reads the ranking table one column at a time, when its shape allows it: COLLECT without aggregation,
 * every input a plain variable, every rule testing at most one input, every output a literal. Then a
 * rule fires for a site exactly when its one test accepts that site's value in its column, so the table
 * is evaluated once per (column, value) — a few dozen evaluations per table version, whatever the
 * catalogue — instead of once per distinct combination of facts (nearly one per site for a thousand
 * sites, at about a millisecond each). A table a process owner shapes otherwise is read whole
 * ({@link TableDecision}); the two readings give the same verdicts (LectureParColonneTest).
 */
final class LectureParColonne {

    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern LITTERAL = Pattern.compile("-?\\d+(\\.\\d+)?|\"[^\"]*\"|true|false|null|");
    /** Stands for null in the cache's keys. */
    private static final Object VIDE = new Object();

    /** A rule of the table, in order: its id, and the one column it tests (-1: none, it always fires). */
    private record Regle(String id, int colonne) {
    }

    private record Cle(int colonne, Object valeur) {
    }

    private final DmnDecision decision;
    private final Function<Map<String, Object>, List<DmnEvaluatedDecisionRule>> evaluer;
    private final List<String> variables;
    private final List<Regle> regles;
    private final Map<String, Verdict> verdicts = new ConcurrentHashMap<>();
    private final Map<Cle, Set<String>> acceptees = new ConcurrentHashMap<>();

    private LectureParColonne(DmnDecision decision, Function<Map<String, Object>, List<DmnEvaluatedDecisionRule>> evaluer,
            List<String> variables, List<Regle> regles) {
        this.decision = decision;
        this.evaluer = evaluer;
        this.variables = variables;
        this.regles = regles;
    }

    /**
     * @param evaluer evaluates {@code decision} with the given variables and returns the rules that fired
     * @return empty when the table's shape needs reading whole
     */
    static Optional<LectureParColonne> si(byte[] dmn, String cle, DmnDecision decision,
            Function<Map<String, Object>, List<DmnEvaluatedDecisionRule>> evaluer) {
        DmnModelInstance modele = Dmn.readModelFromStream(new ByteArrayInputStream(dmn));
        if (!(modele.getModelElementById(cle) instanceof Decision definition)
                || !(definition.getExpression() instanceof DecisionTable table)
                || table.getHitPolicy() != HitPolicy.COLLECT || table.getAggregation() != null) {
            return Optional.empty();
        }
        List<String> variables = new ArrayList<>();
        for (Input input : table.getInputs()) {
            String texte = input.getInputExpression() == null || input.getInputExpression().getText() == null ? ""
                    : input.getInputExpression().getText().getTextContent().trim();
            if (!VARIABLE.matcher(texte).matches()) {
                return Optional.empty();
            }
            variables.add(texte);
        }
        List<Regle> regles = new ArrayList<>();
        for (Rule rule : table.getRules()) {
            int colonne = -1;
            int rang = 0;
            for (InputEntry entree : rule.getInputEntries()) {
                String test = entree.getText() == null ? "" : entree.getText().getTextContent().trim();
                if (!test.isEmpty() && !test.equals("-")) {
                    if (colonne >= 0) {
                        return Optional.empty();
                    }
                    colonne = rang;
                }
                rang++;
            }
            for (OutputEntry sortie : rule.getOutputEntries()) {
                String texte = sortie.getText() == null ? "" : sortie.getText().getTextContent().trim();
                if (!LITTERAL.matcher(texte).matches()) {
                    return Optional.empty();
                }
            }
            regles.add(new Regle(rule.getId(), colonne));
        }
        return Optional.of(new LectureParColonne(decision, evaluer, List.copyOf(variables), List.copyOf(regles)));
    }

    DmnDecision decision() {
        return decision;
    }

    /** The rows these facts fire, in the table's order, as the whole table would give them. */
    List<Verdict> appliquer(Map<String, Object> faits) {
        List<Set<String>> parColonne = new ArrayList<>(variables.size());
        for (int colonne = 0; colonne < variables.size(); colonne++) {
            Object valeur = faits.get(variables.get(colonne));
            int c = colonne;
            parColonne.add(acceptees.computeIfAbsent(new Cle(colonne, valeur == null ? VIDE : valeur),
                    cle -> evaluerColonne(c, valeur)));
        }
        List<Verdict> resultat = new ArrayList<>();
        for (Regle regle : regles) {
            boolean declenchee = regle.colonne() < 0 ? verdicts.containsKey(regle.id())
                    : parColonne.get(regle.colonne()).contains(regle.id());
            if (declenchee) {
                resultat.add(verdicts.get(regle.id()));
            }
        }
        return resultat;
    }

    /**
     * The table with this column's value and every other input empty: the rules of this column that fire
     * are those whose test accepts the value (what the other columns' rules do with an empty value does
     * not matter: they are read from their own column). Rules without a test fire here too.
     */
    private Set<String> evaluerColonne(int colonne, Object valeur) {
        Map<String, Object> entrees = new HashMap<>();
        variables.forEach(variable -> entrees.put(variable, null));
        entrees.put(variables.get(colonne), valeur);
        Set<String> acceptees = new HashSet<>();
        Map<String, Integer> colonnes = new HashMap<>();
        regles.forEach(regle -> colonnes.put(regle.id(), regle.colonne()));
        for (DmnEvaluatedDecisionRule regle : evaluer.apply(Variables.fromMap(entrees))) {
            int sa = colonnes.getOrDefault(regle.getId(), -2);
            if (sa == colonne || sa == -1) {
                verdicts.putIfAbsent(regle.getId(), verdict(regle.getOutputEntries().values()));
                acceptees.add(regle.getId());
            }
        }
        return acceptees;
    }

    private static Verdict verdict(Collection<DmnEvaluatedOutput> sorties) {
        Map<String, Object> parNom = new HashMap<>();
        sorties.forEach(sortie -> parNom.put(sortie.getOutputName(), sortie.getValue() == null ? null : sortie.getValue().getValue()));
        Object points = parNom.get("points");
        return new Verdict(Objects.toString(parNom.get("critere"), ""), Objects.toString(parNom.get("resultat"), ""),
                points instanceof Number nombre ? nombre.intValue() : 0);
    }
}
