package fr.territoire.sante.installation.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

/** The rules of a submission come from the form itself; no engine needed to check them. */
class FormValuesTest {

    static FormSchema form(String id) {
        try (InputStream json = Files.newInputStream(Path.of("forms", id + ".form"))) {
            return FormSchema.parse(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FormValues values(FormSchema form, Map<String, Object> submitted) {
        return new FormValues(form, submitted, () -> { });
    }

    private static String refusal(FormValues values) {
        return org.assertj.core.api.Assertions.catchThrowableOfType(FormFieldValidationException.class, values::validate)
                .getMessage();
    }

    @Test
    void aRequiredFieldIsRefusedUnderTheFormsOwnLabel() {
        FormValues values = values(form("entretien"), new HashMap<>(Map.of("calendrier", "court")));
        values.text("motivations");

        assertThat(refusal(values)).isEqualTo("Formulaire à corriger : « Motivations du professionnel » est obligatoire.");
    }

    @Test
    void aChecklistIsReadFromAListAJsonNodeOrAJsonTextInTheFormsOrder() {
        FormSchema form = form("environnement-familial");
        assertThat(values(form, Map.of("besoinsFamille", List.of("emploi-conjoint", "logement"))).choices("besoinsFamille"))
                .containsExactly("logement", "emploi-conjoint");
        assertThat(values(form, Map.of("besoinsFamille", Spin.JSON("[\"garde-enfants-ecoles\"]"))).choices("besoinsFamille"))
                .containsExactly("garde-enfants-ecoles");
        assertThat(values(form, Map.of("besoinsFamille", "[\"logement\"]")).choices("besoinsFamille")).containsExactly("logement");
        assertThat(values(form, Map.of("besoinsFamille", "[]")).choices("besoinsFamille")).isEmpty();
        assertThat(values(form, Map.of()).choices("besoinsFamille")).isEmpty();
    }

    @Test
    void aChecklistValueTheFormDoesNotOfferOrAnUnreadableListIsRefused() {
        FormValues unknown = values(form("environnement-familial"), Map.of("besoinsFamille", List.of("logement", "piscine")));
        assertThat(unknown.choices("besoinsFamille")).isEmpty();
        assertThat(refusal(unknown)).isEqualTo("Formulaire à corriger : « Besoins de la famille à couvrir près du lieu d'exercice » : valeur non reconnue.");

        FormValues unreadable = values(form("environnement-familial"), Map.of("besoinsFamille", "{\"logement\": true}"));
        assertThat(unreadable.choices("besoinsFamille")).isEmpty();
        assertThat(refusal(unreadable)).contains("liste de valeurs illisible");
    }

    @Test
    void aHiddenFieldIsNeitherRequiredNorRead() {
        FormValues values = values(form("entretien"), new HashMap<>(Map.of(
                "suiteEntretien", "poursuite", "motifArret", "ignored because hidden")));

        assertThat(values.text("motifArret")).isNull();
        assertThat(values.choice("suiteEntretien")).isEqualTo("poursuite");
        values.validate();
    }

    @Test
    void aFieldShownByItsConditionIsRequiredAgain() {
        FormValues values = values(form("entretien"), new HashMap<>(Map.of("suiteEntretien", "arret")));
        values.text("motifArret");

        assertThat(refusal(values)).contains("« Motif de l'arrêt » est obligatoire");
    }

    @Test
    void aComplexHideConditionIsEvaluatedWithFeel() {
        FormSchema suivi = form("suivi-telephonique");
        assertThat(values(suivi, new HashMap<>(Map.of("situation", "installe", "lieuExercice", "MSP"))).line("lieuExercice"))
                .isEqualTo("MSP");
        assertThat(values(suivi, new HashMap<>(Map.of("situation", "recherche", "lieuExercice", "MSP"))).line("lieuExercice"))
                .isNull();
    }

    @Test
    void onlyTheFormsOptionsAreAcceptedAndTheirLabelsAreTheForms() {
        FormSchema demande = form("demande-accompagnement");
        FormValues accepted = values(demande, new HashMap<>(Map.of("profession", "sage-femme")));
        assertThat(accepted.choiceLabel("profession")).isEqualTo("Sage-femme");

        FormValues refused = values(demande, new HashMap<>(Map.of("profession", "astronaute")));
        assertThat(refused.choice("profession")).isNull();
        assertThat(refusal(refused)).contains("« Profession » : valeur non reconnue");
    }

    @Test
    void lengthsPatternsAndEmailsFollowTheForm() {
        FormValues values = values(form("demande-accompagnement"), new HashMap<>(Map.of(
                "nom", "x".repeat(201), "telephone", "12345", "email", "pas-une-adresse")));
        values.line("nom");
        values.line("telephone", 30);
        values.line("email");

        assertThat(refusal(values))
                .contains("« Nom » dépasse 200 caractères")
                .contains("« Téléphone » n'a pas le format attendu (Format : 06 12 34 56 78 ou +33 6 12 34 56 78)")
                .contains("« Adresse e-mail » n'est pas une adresse e-mail valide");
    }

    @Test
    void whatTheStoreCannotHoldIsRefusedEvenWhenTheFormAllowsIt() {
        FormSchema loose = parse("""
                {"id": "essai", "components": [
                  {"key": "note", "type": "textfield", "label": "Note"},
                  {"key": "choix", "type": "select", "label": "Choix",
                   "values": [{"label": "Long", "value": "%s"}]}
                ]}""".formatted("v".repeat(41)));
        FormValues values = values(loose, new HashMap<>(Map.of("note", "n".repeat(201), "choix", "v".repeat(41))));
        values.line("note");
        values.choice("choix");

        assertThat(refusal(values)).contains("« Note » dépasse 200 caractères")
                .contains("« Choix » : valeur trop longue pour être enregistrée (40 caractères au plus)");
    }

    @Test
    void choicesCanComeFromAProcessVariable() {
        FormSchema dynamic = parse("""
                {"id": "essai", "components": [
                  {"key": "lieu", "type": "select", "label": "Lieu", "valuesKey": "lieuxProposes"}
                ]}""");
        List<Map<String, String>> offered = List.of(Map.of("label", "MSP des Tilleuls", "value", "12"));
        assertThat(values(dynamic, new HashMap<>(Map.of("lieuxProposes", offered, "lieu", "12"))).choiceLabel("lieu"))
                .isEqualTo("MSP des Tilleuls");
        FormValues refused = values(dynamic, new HashMap<>(Map.of("lieuxProposes", offered, "lieu", "13")));
        refused.choice("lieu");
        assertThat(refusal(refused)).contains("« Lieu » : valeur non reconnue");
    }

    @Test
    void datesThatMustBePastOrFutureSaySoWithTheFormsLabel() {
        FormValues values = values(form("information-elus"), new HashMap<>(Map.of("dateInformation", "2999-01-01")));
        values.dateUntilToday("dateInformation");
        assertThat(refusal(values)).contains("« Date de l'information » ne peut pas être dans le futur");

        FormValues rdv = values(form("rendez-vous-entretien"), new HashMap<>(Map.of("dateEntretien", "2020-01-06T10:00")));
        rdv.futureDateTime("dateEntretien");
        assertThat(refusal(rdv)).contains("« Date de l'entretien » doit être dans le futur");
    }

    @Test
    void aStepRuleAddsNoSecondMessageToAFieldTheFormRefused() {
        FormValues values = values(form("entretien"), new HashMap<>(Map.of("suiteEntretien", "arret")));
        String motif = values.text("motifArret");
        values.check(motif != null, "motifArret", "indiquez pourquoi");

        assertThat(refusal(values)).isEqualTo("Formulaire à corriger : « Motif de l'arrêt » est obligatoire.");
    }

    @Test
    void theValuesLeaveOnlyOnceValid() {
        AtomicBoolean removed = new AtomicBoolean();
        FormValues values = new FormValues(form("reporting-visites"), new HashMap<>(Map.of("syntheseVisites", "Bien")),
                () -> removed.set(true));
        values.text("syntheseVisites");
        values.validate();
        assertThat(removed).isTrue();
    }

    @Test
    void readingAKeyTheFormDoesNotHaveIsAProgrammingError() {
        FormValues values = values(form("croisement"), new HashMap<>());
        assertThatThrownBy(() -> values.text("lieuxChoisis"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'croisement'").hasMessageContaining("'lieuxChoisis'");
        assertThatThrownBy(() -> values.choice("criteresRetenus"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("textarea");
    }

    @Test
    void aDynamicListIsOneFieldWhoseRowsAreReadAgainstTheirOwnFieldsAndRefusedByNumber() {
        FormSchema form = listeDeCourriels();
        assertThat(form.field("courrielsElus")).get().matches(FormField::isList);
        assertThat(form.field("objet")).as("a row's field is not the form's own").isEmpty();
        String json = "[{\"commune\":\"Bourg-Fictif\",\"objet\":\"Visite\",\"message\":\"Bonjour\"},"
                + "{\"commune\":\"Val\",\"objet\":\"" + "x".repeat(201) + "\",\"message\":\"\"}]";
        FormValues values = values(form, new HashMap<>(Map.of("courrielsElus", json, "courrielsElusPrepares", true,
                "informationAutreMoyen", false)));

        List<FormValues> rows = values.rows("courrielsElus");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).requiredLine("objet")).isEqualTo("Visite");
        rows.get(1).requiredLine("objet");
        rows.get(1).requiredText("message");

        assertThat(refusal(values)).isEqualTo("Formulaire à corriger : « Objet du courriel » (n° 2) dépasse 200 caractères ; "
                + "« Message » (n° 2) est obligatoire.");
    }

    @Test
    void aHiddenDynamicListHasNoRowsAndAListThatIsNoListIsRefused() {
        FormSchema form = listeDeCourriels();
        assertThat(values(form, new HashMap<>(Map.of("courrielsElus", "[{}]", "courrielsElusPrepares", false)))
                .rows("courrielsElus")).isEmpty();

        FormValues values = values(form, new HashMap<>(Map.of("courrielsElus", "pas une liste", "courrielsElusPrepares", true)));
        assertThat(values.rows("courrielsElus")).isEmpty();
        assertThat(refusal(values)).contains("« Courriels préparés, un par commune » n'est pas une liste valide");
    }

    /**
     * A form with a dynamic list, as Modeler writes one (no shipped form has one: Tasklist 7.24 keeps
     * « Terminer » disabled once a repeated field is validated, see information-elus.form).
     */
    private static FormSchema listeDeCourriels() {
        return parse("""
                {"id": "liste", "type": "default", "components": [
                  {"id": "List_courrielsElus", "type": "dynamiclist", "path": "courrielsElus",
                   "label": "Courriels préparés, un par commune", "isRepeating": true,
                   "conditional": {"hide": "=courrielsElusPrepares != true"},
                   "components": [
                     {"id": "Field_commune", "key": "commune", "type": "textfield", "label": "Commune", "readonly": true},
                     {"id": "Field_objet", "key": "objet", "type": "textfield", "label": "Objet du courriel",
                      "validate": {"required": true, "maxLength": 200}},
                     {"id": "Field_message", "key": "message", "type": "textarea", "label": "Message",
                      "validate": {"required": true, "maxLength": 4000}}]}]}
                """);
    }

    private static FormSchema parse(String json) {
        return FormSchema.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
