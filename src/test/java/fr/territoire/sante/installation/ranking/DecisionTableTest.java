package fr.territoire.sante.installation.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** bpmn/classement-lieux.dmn on its own, in the standalone DMN engine: what each rule says and weighs. */
class DecisionTableTest {

    private static TableDecision table;

    @BeforeAll
    static void parse() throws IOException {
        try (InputStream dmn = Files.newInputStream(Path.of("bpmn", "classement-lieux.dmn"))) {
            table = TableDecision.lire(dmn, "fichier");
        }
    }

    private static final Faits RIEN = new Faits(null, null, null, null, null, null, null, null, null, null);

    @Test
    void factsThatDoNotApplyFireNoRule() {
        assertThat(table.appliquer(RIEN)).isEmpty();
        assertThat(Notation.de(table.appliquer(RIEN)).score()).isZero();
    }

    @Test
    void aProfessionNotSoughtAndAnIncompatibleStatusAreHardConstraints() {
        assertThat(table.appliquer(faits(0, true))).containsExactly(
                new Verdict("La profession est recherchée par le lieu", "rempli", 3));
        assertThat(table.appliquer(faits(0, false))).containsExactly(
                new Verdict("La profession n'est pas recherchée par le lieu", "exclusion", 0));
        assertThat(table.appliquer(faits(1, true))).containsExactly(
                new Verdict("Le statut d'exercice envisagé est proposé par le lieu", "rempli", 2));
        assertThat(table.appliquer(faits(1, false))).containsExactly(
                new Verdict("Le statut d'exercice envisagé n'est pas proposé par le lieu", "exclusion", 0));
    }

    @Test
    void eachOtherFactIsACriterionMetOrNotWithItsWeight() {
        expect(2, "Mode d'exercice souhaité (isolé ou regroupé)", "Mode d'exercice différent de celui souhaité", 2);
        expect(3, "Équipe pluriprofessionnelle conforme au souhait", "Équipe pluriprofessionnelle non conforme au souhait", 2);
        expect(4, "Locaux disponibles", "Pas de locaux disponibles", 2);
        expect(5, "Dans une commune ou intercommunalité souhaitée", "Hors des communes et intercommunalités souhaitées", 3);
        expect(6, "Offre de logement recensée à proximité", "Pas d'offre de logement recensée à proximité", 1);
        expect(7, "Garde d'enfants ou écoles recensées à proximité", "Pas de garde d'enfants ni d'école recensée à proximité", 1);
        expect(8, "Aide à l'emploi du conjoint recensée à proximité", "Pas d'aide à l'emploi du conjoint recensée à proximité", 1);
    }

    @Test
    void anUrgentTerritoryNeedCountsFullyALessUrgentOneHalfAndNoNeedIsACriterionNotMet() {
        for (String urgence : List.of("CRITIQUE", "FORTE")) {
            assertThat(table.appliquer(besoin(urgence))).containsExactly(
                    new Verdict("Besoin urgent du territoire pour cette profession", "rempli", 2));
        }
        for (String urgence : List.of("MOYENNE", "FAIBLE")) {
            assertThat(table.appliquer(besoin(urgence))).containsExactly(
                    new Verdict("Besoin du territoire signalé pour cette profession", "rempli", 1),
                    new Verdict("Besoin du territoire peu urgent", "non rempli", 1));
        }
        assertThat(table.appliquer(besoin("AUCUN"))).containsExactly(
                new Verdict("Aucun besoin du territoire signalé pour cette profession dans la commune", "non rempli", 2));
    }

    @Test
    void everyFactTogetherFiresOneRowEachInTheTablesOrderAndScoresByWeight() {
        Faits faits = new Faits(true, true, false, true, true, false, true, null, false, "FAIBLE");

        List<Verdict> verdicts = table.appliquer(faits);

        assertThat(verdicts).extracting(Verdict::critere).containsExactly(
                "La profession est recherchée par le lieu",
                "Le statut d'exercice envisagé est proposé par le lieu",
                "Mode d'exercice différent de celui souhaité",
                "Équipe pluriprofessionnelle conforme au souhait",
                "Locaux disponibles",
                "Hors des communes et intercommunalités souhaitées",
                "Offre de logement recensée à proximité",
                "Pas d'aide à l'emploi du conjoint recensée à proximité",
                "Besoin du territoire signalé pour cette profession",
                "Besoin du territoire peu urgent");
        // met: 3 + 2 + 2 + 2 + 1 + 1 = 11; fired: 11 + 2 (mode) + 3 (commune) + 1 (conjoint) + 1 (peu urgent) = 18
        assertThat(Notation.de(verdicts).score()).isEqualTo(61);
    }

    private static void expect(int fait, String rempli, String nonRempli, int points) {
        assertThat(table.appliquer(faits(fait, true))).as("fact %d true", fait).containsExactly(new Verdict(rempli, "rempli", points));
        assertThat(table.appliquer(faits(fait, false))).as("fact %d false", fait)
                .containsExactly(new Verdict(nonRempli, "non rempli", points));
    }

    /** Only the fact at this position (in the record's order) set. */
    private static Faits faits(int position, boolean valeur) {
        Boolean[] b = new Boolean[9];
        b[position] = valeur;
        return new Faits(b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], null);
    }

    private static Faits besoin(String urgence) {
        return new Faits(null, null, null, null, null, null, null, null, null, urgence);
    }
}
