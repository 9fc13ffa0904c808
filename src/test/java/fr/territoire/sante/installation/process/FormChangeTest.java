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
    void aNewOptionAndARenamedLabelWorkWithNoJavaChange() throws Exception {
        dossier.start().proposerRendezVous();
        Map<String, Object> interview = new HashMap<>(Map.of(
                "calendrier", "tres-long", "disponibilitesVisites", "Les lundis", "suiteEntretien", "poursuite"));
        assertRefused(() -> dossier.submit("UserTask_MenerEntretien", interview), "« Calendrier d'installation » : valeur non reconnue");

        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(Files.readString(Path.of("forms/entretien.form")));
        for (JsonNode component : json.get("components")) {
            if ("motivations".equals(component.path("key").asText())) {
                ((ObjectNode) component).put("label", "Ce qui motive son projet");
            }
            if ("calendrier".equals(component.path("key").asText())) {
                ((ArrayNode) component.get("values")).addObject().put("label", "Plus de trois ans").put("value", "tres-long");
            }
        }
        String form = json.toPrettyString();
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
}
