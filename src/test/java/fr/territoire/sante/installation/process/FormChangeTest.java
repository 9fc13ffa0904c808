package fr.territoire.sante.installation.process;

import static fr.territoire.sante.installation.process.AccompagnementDetoursTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.territoire.sante.installation.dossier.DossierRepository;
import fr.territoire.sante.installation.interview.EntretienRepository;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A process owner changes a form in Modeler and deploys it: with no Java change, the new option is
 * accepted and the messages use the new label, because the server checks against the deployed form.
 */
@Order(4)
class FormChangeTest extends ProcessTest {

    @Autowired
    DossierRepository dossiers;
    @Autowired
    EntretienRepository entretiens;

    @Test
    void aNewOptionInASelectAndARenamedLabelOfTheRequestFormWorkWithNoJavaChange() throws Exception {
        Map<String, Object> demande = DossierDriver.demande();
        demande.put("origineDemande", "salon");
        demande.put("nom", "");
        assertRefused(() -> dossier.start(demande), "« Origine de la demande » : valeur non reconnue");

        String form = changed("forms/demande-accompagnement.form", "nom", "Nom de famille", "origineDemande",
                "Salon professionnel", "salon");
        Deployment changed = engine.getRepositoryService().createDeployment().name("demande modifiée dans Modeler")
                .addString("demande-accompagnement.form", form).deploy();
        try {
            assertRefused(() -> dossier.start(demande), "Formulaire à corriger : « Nom de famille » est obligatoire.");

            demande.put("nom", "Fictive");
            dossier.start(demande);

            assertThat(dossiers.findByReference(dossier.reference()).orElseThrow().getProfessionnel().getOrigineDemande())
                    .isEqualTo("salon");
        } finally {
            engine.getRepositoryService().deleteDeployment(changed.getId(), true);
        }
    }

    @Test
    void aNewOptionInARadioAndARenamedLabelOfATaskFormWorkWithNoJavaChange() throws Exception {
        dossier.start().proposerRendezVous();
        Map<String, Object> interview = new HashMap<>(Map.of(
                "calendrier", "tres-long", "disponibilitesVisites", "Les lundis", "suiteEntretien", "poursuite"));
        assertRefused(() -> dossier.submit("UserTask_MenerEntretien", interview), "« Calendrier d'installation » : valeur non reconnue");

        String form = changed("forms/entretien.form", "motivations", "Ce qui motive son projet", "calendrier",
                "Plus de trois ans", "tres-long");
        assertThat(form).contains("Ce qui motive son projet").contains("tres-long");
        Deployment changed = engine.getRepositoryService().createDeployment().name("entretien modifié dans Modeler")
                .addString("entretien.form", form).deploy();
        try {
            assertRefused(() -> dossier.submit("UserTask_MenerEntretien", interview), "« Ce qui motive son projet » est obligatoire");
            assertThat(dossier.instance()).isWaitingAt("UserTask_MenerEntretien");

            interview.put("motivations", "Exercer en équipe");
            dossier.submit("UserTask_MenerEntretien", interview);

            assertThat(dossier.instance()).hasPassed("UserTask_MenerEntretien");
            Long dossierId = dossiers.findByReference(dossier.reference()).orElseThrow().getId();
            assertThat(entretiens.findByDossierId(dossierId).orElseThrow().getCalendrier()).isEqualTo("tres-long");
        } finally {
            engine.getRepositoryService().deleteDeployment(changed.getId(), true);
        }
    }

    /** The form as a process owner would save it from Modeler: a label renamed, an option added. */
    private static String changed(String file, String renamedKey, String newLabel, String choiceKey, String optionLabel,
            String optionValue) throws Exception {
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(Files.readString(Path.of(file)));
        for (JsonNode component : json.get("components")) {
            if (renamedKey.equals(component.path("key").asText())) {
                ((ObjectNode) component).put("label", newLabel);
            }
            if (choiceKey.equals(component.path("key").asText())) {
                ((ArrayNode) component.get("values")).addObject().put("label", optionLabel).put("value", optionValue);
            }
        }
        return json.toPrettyString();
    }
}
