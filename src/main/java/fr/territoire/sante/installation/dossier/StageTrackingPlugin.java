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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Keeps the dossier's stage current: every user task that declares the extension property
 * {@code etape} (visible in Modeler's properties panel) moves the dossier to that stage when created.
 * Every user task created also tells that the dossier changed ({@link DossierModifie}): a timer that
 * opens a task changes the dossier's next due date without any step being journaled.
 */
@Component
class StageTrackingPlugin extends AbstractProcessEnginePlugin {

    private final DossierRepository dossiers;
    private final ApplicationEventPublisher events;

    StageTrackingPlugin(@Lazy DossierRepository dossiers, ApplicationEventPublisher events) {
        this.dossiers = dossiers;
        this.events = events;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : configuration.getCustomPostBPMNParseListeners();
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
                String etape = stageOf(userTask);
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE,
                            enter(etape == null ? null : Etape.valueOf(etape)));
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    private TaskListener enter(Etape etape) {
        return task -> {
            Object id = task.getExecution().getVariable(ProcessVariables.DOSSIER_ID);
            if (id != null) {
                if (etape != null) {
                    dossiers.findById((Long) id).ifPresent(d -> {
                        if (d.getEtape() != etape) {
                            d.enterStage(etape, Calendrier.maintenant());
                        }
                    });
                }
                events.publishEvent(new DossierModifie((Long) id));
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
