package fr.territoire.sante.installation.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Reading the ranking table column by column gives, for any facts, exactly the verdicts of the whole
 * table; a table whose rule tests two columns is read whole, and still right.
 */
class LectureParColonneTest {

    private static final Boolean[] TRI = {true, false, null};
    private static final String[] BESOINS = {"AUCUN", "FAIBLE", "MOYENNE", "FORTE", "CRITIQUE", null};

    @Test
    void theShippedTableIsReadByColumnAndAgreesWithTheWholeTableOnRandomFacts() throws IOException {
        TableDecision table = lire(Files.readString(Path.of("bpmn", "classement-lieux.dmn")));
        assertThat(table.luParColonne()).isTrue();
        Random hasard = new Random(20261206);
        for (int i = 0; i < 3000; i++) {
            Faits faits = auHasard(hasard);
            assertThat(table.appliquer(faits)).as(faits.toString()).isEqualTo(table.evaluerEnEntier(faits));
        }
    }

    @Test
    void aRuleTestingTwoColumnsMakesTheTableReadWhole() throws IOException {
        String dmn = Files.readString(Path.of("bpmn", "classement-lieux.dmn"));
        // Rule_01 also asks for the team: a combination the column-wise reading cannot express.
        String regle = dmn.substring(dmn.indexOf("<rule id=\"Rule_01\">"), dmn.indexOf("</rule>", dmn.indexOf("<rule id=\"Rule_01\">")));
        String equipe = regle.replaceFirst("(<inputEntry id=\"InputEntry_01_04\">\\s*<text>)[^<]*(</text>)", "$1true$2");
        assertThat(equipe).isNotEqualTo(regle);
        TableDecision table = lire(dmn.replace(regle, equipe));
        assertThat(table.luParColonne()).isFalse();
        Random hasard = new Random(7);
        for (int i = 0; i < 200; i++) {
            Faits faits = auHasard(hasard);
            assertThat(table.appliquer(faits)).isEqualTo(table.evaluerEnEntier(faits));
        }
    }

    private static TableDecision lire(String dmn) {
        return TableDecision.lire(new ByteArrayInputStream(dmn.getBytes(StandardCharsets.UTF_8)), "test");
    }

    private static Faits auHasard(Random hasard) {
        return new Faits(tri(hasard), tri(hasard), tri(hasard), tri(hasard), tri(hasard), tri(hasard), tri(hasard),
                tri(hasard), tri(hasard), BESOINS[hasard.nextInt(BESOINS.length)]);
    }

    private static Boolean tri(Random hasard) {
        return TRI[hasard.nextInt(TRI.length)];
    }
}
