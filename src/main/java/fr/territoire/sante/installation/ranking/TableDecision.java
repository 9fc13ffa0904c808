package fr.territoire.sante.installation.ranking;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The ranking's decision table, parsed once, evaluated by a standalone DMN engine: unlike the process
 * engine's decision service it writes no history, so ranking a thousand sites leaves no thousand rows.
 */
final class TableDecision {

    /** The decision's id in bpmn/classement-lieux.dmn, which a process owner edits in Camunda Modeler. */
    static final String CLE = "classement-lieux";

    /** Far more than the distinct facts a catalogue gives (a few thousand): only a runaway would reach it. */
    private static final int VERDICTS_MAX = 100_000;

    private final DmnDecision decision;
    private final String version;
    /** The column-wise reading, when the table's shape allows it (the usual case): see LectureParColonne. */
    private final LectureParColonne parColonne;
    /**
     * The verdicts already computed, by facts: one FEEL evaluation of the table costs about a millisecond,
     * and a thousand random sites give nearly as many distinct facts, so only the first rankings after a
     * deployment pay for them. Kept with the parsed table, hence dropped with its version.
     */
    private final Map<Faits, List<Verdict>> verdicts = new ConcurrentHashMap<>();

    private TableDecision(DmnDecision decision, String version, LectureParColonne parColonne) {
        this.decision = decision;
        this.version = version;
        this.parColonne = parColonne;
    }

    /** @param version what the ranking names its rules by: the decision definition's id */
    static TableDecision lire(InputStream dmn, String version) {
        byte[] octets;
        try (dmn) {
            octets = dmn.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The ranking's decision table cannot be read", e);
        }
        DmnDecision decision = Moteur.DMN.parseDecision(CLE, new ByteArrayInputStream(octets));
        return new TableDecision(decision, version,
                LectureParColonne.si(octets, CLE, decision, variables -> Moteur.regles(decision, variables)).orElse(null));
    }

    /** Whether the table is read column by column (true for the table as shipped). */
    boolean luParColonne() {
        return parColonne != null;
    }

    String version() {
        return version;
    }

    /** The rows the facts fire, in the table's order. */
    List<Verdict> appliquer(Faits faits) {
        if (parColonne != null) {
            return parColonne.appliquer(faits.variables());
        }
        List<Verdict> connus = verdicts.get(faits);
        if (connus != null) {
            return connus;
        }
        if (verdicts.size() >= VERDICTS_MAX) {
            verdicts.clear();
        }
        List<Verdict> calcules = evaluer(faits);
        verdicts.put(faits, calcules);
        return calcules;
    }

    /** The whole table evaluated for these facts, cache aside (tests compare both readings). */
    List<Verdict> evaluerEnEntier(Faits faits) {
        return evaluer(faits);
    }

    private List<Verdict> evaluer(Faits faits) {
        return Moteur.DMN.evaluateDecisionTable(decision, Variables.fromMap(faits.variables())).stream()
                .map(TableDecision::verdict).toList();
    }

    private static Verdict verdict(DmnDecisionRuleResult ligne) {
        Object points = ligne.getEntry("points");
        return new Verdict(Objects.toString(ligne.getEntry("critere"), ""), Objects.toString(ligne.getEntry("resultat"), ""),
                points instanceof Number nombre ? nombre.intValue() : 0);
    }

    /**
     * Built on first use only: the FEEL engine takes a moment to start. Thread-safe once built. Its one
     * listener hands the rules that fired (their ids) to the thread that asked, for the column-wise reading.
     */
    private static final class Moteur {
        private static final ThreadLocal<List<DmnEvaluatedDecisionRule>> DECLENCHEES = new ThreadLocal<>();
        static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
                .customPostDecisionTableEvaluationListeners(List.of(Moteur::retenir)).buildEngine();

        private static void retenir(DmnDecisionTableEvaluationEvent evenement) {
            DECLENCHEES.set(List.copyOf(evenement.getMatchingRules()));
        }

        static List<DmnEvaluatedDecisionRule> regles(DmnDecision decision, Map<String, Object> variables) {
            try {
                DMN.evaluateDecisionTable(decision, Variables.fromMap(variables));
                return DECLENCHEES.get();
            } finally {
                DECLENCHEES.remove();
            }
        }
    }
}
