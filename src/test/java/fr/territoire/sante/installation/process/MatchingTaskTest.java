package fr.territoire.sante.installation.process;

import static fr.territoire.sante.installation.process.AccompagnementDetoursTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.territoire.sante.installation.catalogue.LieuxExercice;
import fr.territoire.sante.installation.catalogue.SaisieLieu;
import fr.territoire.sante.installation.dossier.DossierRepository;
import fr.territoire.sante.installation.dossier.EvenementRepository;
import fr.territoire.sante.installation.matching.CroisementRepository;
import fr.territoire.sante.installation.matching.LieuContacte;
import fr.territoire.sante.installation.matching.LieuPropose;
import fr.territoire.sante.installation.matching.ReponseInvalide;
import fr.territoire.sante.installation.matching.ReponsesLieux;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.camunda.spin.plugin.variable.type.SpinValueType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * C. The matching task as Tasklist shows it: the ranked catalogue in the form's variables (Json, local to
 * the task), the CPTS's picks recorded as catalogue sites, and each site's answer afterwards.
 */
class MatchingTaskTest extends ProcessTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TILLEULS = "Maison de santé des Tilleuls – Bourg-Fictif";
    private static final String LAC = "Cabinet du Lac – Val-Imaginaire";
    private static final String LAVOIR = "Cabinet du Lavoir – Bourg-Fictif";

    @Autowired
    LieuxExercice lieux;
    @Autowired
    CroisementRepository croisements;
    @Autowired
    DossierRepository dossiers;
    @Autowired
    EvenementRepository evenements;
    @Autowired
    ReponsesLieux reponses;

    @Test
    void theStarterRegistersTheSpinPluginSoTasklistCanReadAndSubmitJson() {
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getProcessEnginePlugins().stream()
                .flatMap(plugin -> plugin instanceof CompositeProcessEnginePlugin composite ? composite.getPlugins().stream() : Stream.of(plugin)))
                .anyMatch(SpinProcessEnginePlugin.class::isInstance);
    }

    @Test
    void theTaskShowsTheRankedSitesWithTheirReasonsSitesSeekingTheProfessionFirst() throws Exception {
        Long cherche = SitesDeTest.dans(context).apply(TILLEULS);
        Long sageFemme = siteSeeking("Cabinet des Sages-Femmes", "sage-femme");
        dossier.start().proposerRendezVous().menerEntretien(true).renseignerProjetProfessionnel().renseignerEnvironnement();

        // What Tasklist's GET /task/{id}/form-variables returns, task-local variables included
        VariableMap variables = engine.getFormService().getTaskFormVariables(task().getId());
        assertThat(variables.getValueTyped("lieuxClasses").getType()).isEqualTo(SpinValueType.JSON);
        assertThat(variables.getValueTyped("lieuxProposes").getType()).isEqualTo(SpinValueType.JSON);
        assertThat(variables.getValueTyped("autresLieux").getType()).isEqualTo(SpinValueType.JSON);
        assertThat(variables.getValue("catalogueVide", Boolean.class)).isFalse();

        List<String> proposes = values(variables, "lieuxProposes");
        List<String> autres = values(variables, "autresLieux");
        assertThat(proposes).as("the site seeking a general practitioner is offered").contains(cherche.toString());
        assertThat(proposes.contains(sageFemme.toString()) ? proposes.indexOf(sageFemme.toString()) : Integer.MAX_VALUE)
                .as("a site seeking only a midwife comes after, or among the others").isGreaterThan(proposes.indexOf(cherche.toString()));
        assertThat(autres).doesNotContainAnyElementsOf(proposes);

        JsonNode rows = JSON.readTree(variables.getValue("lieuxClasses", Object.class).toString());
        assertThat(rows.size()).isBetween(1, 20);
        JsonNode first = rows.get(0);
        assertThat(first.get("rang").asInt()).isEqualTo(1);
        assertThat(first.get("score").asText()).matches("\\d+ %");
        assertThat(first.get("criteresRemplis").asText()).isNotBlank();
        assertThat(first.has("criteresNonRemplis")).isTrue();
        assertThat(engine.getRuntimeService().getVariables(dossier.instance().getId()))
                .as("the ranking stays with the task, not in the process").doesNotContainKeys("lieuxClasses", "lieuxProposes");
    }

    @Test
    void thePicksAreRecordedAsCatalogueSitesWithTheBelleDynamiqueAndItsReason() {
        dossier.start().proposerRendezVous().menerEntretien(true).renseignerProjetProfessionnel().renseignerEnvironnement()
                .croiserAvecBelleDynamique(LAVOIR, "Jeune équipe qui porte un projet de santé", TILLEULS, LAC);

        assertThat(dossier.instance()).isWaitingAt("UserTask_OrganiserVisites");
        List<LieuPropose> retenus = round().getLieux();
        assertThat(retenus).extracting(LieuPropose::label).containsExactly(TILLEULS, LAC, LAVOIR);
        assertThat(retenus).extracting(LieuPropose::getLieuExerciceId).doesNotContainNull();
        assertThat(retenus).extracting(LieuPropose::isBelleDynamique).containsExactly(false, false, true);
        assertThat(retenus.get(2).getRaison()).isEqualTo("Jeune équipe qui porte un projet de santé");
        assertThat(retenus.get(0).getRaison()).isNull();
        assertThat(engine.getRuntimeService().getVariables(dossier.instance().getId()))
                .as("the form's values live in the store only").doesNotContainKeys("lieuxAContacter", "lieuBelleDynamique");
        assertThat(evenements.findByDossierIdOrderByHorodatageAscIdAsc(dossierId())).anyMatch(e ->
                e.getType().equals("CROISEMENT_REALISE") && e.getDescription().equals("3 lieu(x) à contacter, dont 1 pour sa belle dynamique"));
    }

    @Test
    void anUnknownSiteOrABelleDynamiqueWithoutReasonIsRefusedInFrench() {
        dossier.start().proposerRendezVous().menerEntretien(true).renseignerProjetProfessionnel().renseignerEnvironnement();
        Long tilleuls = SitesDeTest.dans(context).apply(TILLEULS);

        assertRefused(() -> dossier.croiser(List.of(tilleuls, 987654321L), null, null),
                "« Lieux à contacter » : le lieu n° 987654321 n'est pas un lieu actif du catalogue");
        assertRefused(() -> dossier.croiser(List.of(), tilleuls, null),
                "« Pourquoi ce lieu porte une belle dynamique » : indiquez pourquoi ce lieu porte une belle dynamique");
        List<Long> tooMany = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            tooMany.add(SitesDeTest.dans(context).apply("Cabinet n° " + i + " – Bourg-Fictif"));
        }
        assertRefused(() -> dossier.croiser(tooMany, null, null), "« Lieux à contacter » : 20 lieux au plus");
        assertThat(dossier.instance()).isWaitingAt("UserTask_CroiserBesoinsLieux");
    }

    @Test
    void eachSiteAnswerIsRecordedWithWhoAndWhenAndJournaled() {
        dossier.start().proposerRendezVous().menerEntretien(true).renseignerProjetProfessionnel().renseignerEnvironnement()
                .croiser(TILLEULS, LAC);
        List<LieuContacte> contactes = reponses.duTourCourant(dossier.reference());
        assertThat(contactes).extracting(LieuContacte::reponse).containsOnlyNulls();

        LieuContacte repondu = reponses.repondre(dossier.reference().toLowerCase(), contactes.get(1).id(), "PAS_MAINTENANT",
                " Rappeler en septembre ", "camille");

        assertThat(repondu.reponseLibelle()).isEqualTo("Pas pour le moment");
        assertThat(reponses.duTourCourant(dossier.reference())).extracting(LieuContacte::reponse, LieuContacte::reponsePar,
                LieuContacte::commentaire).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, null, null),
                        org.assertj.core.groups.Tuple.tuple("PAS_MAINTENANT", "camille", "Rappeler en septembre"));
        assertThat(reponses.duTourCourant(dossier.reference()).get(1).reponseLe()).isNotNull();
        assertThat(evenements.findByDossierIdOrderByHorodatageAscIdAsc(dossierId())).anyMatch(e ->
                e.getType().equals("REPONSE_LIEU") && e.getAuteur().equals("camille")
                        && e.getDescription().equals("Réponse d'un lieu contacté : Pas pour le moment"));
        assertThatThrownBy(() -> reponses.repondre(dossier.reference(), contactes.get(0).id(), "PEUT_ETRE", null, "camille"))
                .isInstanceOf(ReponseInvalide.class).hasMessageContaining("Réponse non reconnue");
    }

    private Long siteSeeking(String nom, String profession) {
        return lieux.creer(new SaisieLieu(nom, "CABINET_MEDICAL", "Bourg-Fictif", null, profession, profession, "LIBERAL",
                "non", "oui", null, null, null, null, null, null, null, null, null)).id();
    }

    private org.camunda.bpm.engine.task.Task task() {
        return dossier.tasks("UserTask_CroiserBesoinsLieux").get(0);
    }

    private static List<String> values(VariableMap variables, String name) throws Exception {
        List<String> values = new ArrayList<>();
        for (JsonNode option : JSON.readTree(variables.getValue(name, Object.class).toString())) {
            assertThat(option.get("label").asText()).isNotBlank();
            values.add(option.get("value").asText());
        }
        return values;
    }

    private Long dossierId() {
        return dossiers.findByReference(dossier.reference()).orElseThrow().getId();
    }

    private fr.territoire.sante.installation.matching.Croisement round() {
        return croisements.findByDossierIdOrderByNumeroAsc(dossierId()).get(0);
    }

}
