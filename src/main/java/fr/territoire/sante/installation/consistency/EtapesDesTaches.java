package fr.territoire.sante.installation.consistency;

import fr.territoire.sante.installation.dossier.Etape;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * The stage each user task of a deployed process version declares (extension property {@code etape},
 * the one {@code dossier.StageTrackingPlugin} follows), read from the deployed diagram through the
 * engine's public model API, once per version (a deployed version never changes).
 */
@Component
class EtapesDesTaches {

    private final RepositoryService repository;
    private final Map<String, Map<String, Etape>> parVersion = new ConcurrentHashMap<>();

    EtapesDesTaches(RepositoryService repository) {
        this.repository = repository;
    }

    /** The stage of task {@code tache} in process version {@code definitionId}, or empty when it declares none. */
    Optional<Etape> etape(String definitionId, String tache) {
        return Optional.ofNullable(parVersion.computeIfAbsent(definitionId, this::lire).get(tache));
    }

    private Map<String, Etape> lire(String definitionId) {
        BpmnModelInstance modele = repository.getBpmnModelInstance(definitionId);
        Map<String, Etape> etapes = new HashMap<>();
        if (modele == null) {
            return etapes;
        }
        for (UserTask tache : modele.getModelElementsByType(UserTask.class)) {
            ExtensionElements extensions = tache.getExtensionElements();
            if (extensions == null) {
                continue;
            }
            for (CamundaProperties proprietes : extensions.getElementsQuery().filterByType(CamundaProperties.class).list()) {
                for (CamundaProperty propriete : proprietes.getCamundaProperties()) {
                    if ("etape".equals(propriete.getCamundaName()) && propriete.getCamundaValue() != null) {
                        etapes.put(tache.getId(), Etape.valueOf(propriete.getCamundaValue()));
                    }
                }
            }
        }
        return etapes;
    }
}
