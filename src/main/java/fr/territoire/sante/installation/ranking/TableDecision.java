package fr.territoire.sante.installation.ranking;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The ranking's decision table, parsed once, evaluated by a standalone DMN engine: unlike the process
 * engine's decision service it writes no history, so ranking a thousand sites leaves no thousand rows.
 */
final class TableDecision {

    /** The decision's id in bpmn/classement-lieux.dmn, which a process owner edits in Camunda Modeler. */
    static final String CLE = "classement-lieux";

    private final DmnDecision decision;
    private final String version;

    private TableDecision(DmnDecision decision, String version) {
        this.decision = decision;
        this.version = version;
    }

    /** @param version what the ranking names its rules by: the decision definition's id */
    static TableDecision lire(InputStream dmn, String version) {
        return new TableDecision(Moteur.DMN.parseDecision(CLE, dmn), version);
    }

    String version() {
        return version;
    }

    /** The rows the facts fire, in the table's order. */
    List<Verdict> appliquer(Faits faits) {
        return Moteur.DMN.evaluateDecisionTable(decision, Variables.fromMap(faits.variables())).stream()
                .map(TableDecision::verdict).toList();
    }

    private static Verdict verdict(DmnDecisionRuleResult ligne) {
        Object points = ligne.getEntry("points");
        return new Verdict(Objects.toString(ligne.getEntry("critere"), ""), Objects.toString(ligne.getEntry("resultat"), ""),
                points instanceof Number nombre ? nombre.intValue() : 0);
    }

    /** Built on first use only: the FEEL engine takes a moment to start. Thread-safe once built. */
    private static final class Moteur {
        static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    }
}
