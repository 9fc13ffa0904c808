package fr.territoire.sante.installation.dossier;

import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.process.ProcessVariables;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Keeps the dossier's stage current: every user task that declares the extension property
 * {@code etape} (visible in Modeler's properties panel) moves the dossier to that stage when created.
 */
@Component
class StageTrackingPlugin extends AbstractProcessEnginePlugin {

    private final DossierRepository dossiers;

    StageTrackingPlugin(@Lazy DossierRepository dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : configuration.getCustomPostBPMNParseListeners();
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
                String etape = stageOf(userTask);
                if (etape != null && activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, enter(Etape.valueOf(etape)));
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    private TaskListener enter(Etape etape) {
        return task -> {
            Object id = task.getExecution().getVariable(ProcessVariables.DOSSIER_ID);
            if (id != null) {
                dossiers.findById((Long) id).ifPresent(d -> {
                    if (d.getEtape() != etape) {
                        d.enterStage(etape, Calendrier.maintenant());
                    }
                });
            }
        };
    }

    private static String stageOf(Element userTask) {
        Element extensions = userTask.element("extensionElements");
        Element properties = extensions == null ? null : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
        if (properties == null) {
            return null;
        }
        return properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property").stream()
                .filter(p -> "etape".equals(p.attribute("name")))
                .map(p -> p.attribute("value"))
                .findFirst().orElse(null);
    }
}
