package fr.territoire.sante.installation.communication;

import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.reports.Audience;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * F. An audience's timer fired (its lane in communication-periodique.bpmn): which audience (its extension property « audience ») and which period
 * (the one that just ended, as long as the timer's cycle). Both are read from the diagram, so a process
 * owner who changes a rhythm in Modeler changes the period with it.
 */
@Component("echeanceCommunication")
class EcheanceCommunicationListener implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        FlowElement element = execution.getBpmnModelElementInstance();
        if (!(element instanceof StartEvent depart)) {
            throw new IllegalStateException("echeanceCommunication listens to start events, not " + execution.getCurrentActivityId());
        }
        Audience audience = Audience.valueOf(propriete(depart, "audience")
                .orElseThrow(() -> new IllegalStateException(depart.getId() + " has no « audience » extension property")));
        int mois = depart.getEventDefinitions().stream()
                .filter(TimerEventDefinition.class::isInstance).map(TimerEventDefinition.class::cast)
                .map(TimerEventDefinition::getTimeCycle).filter(cycle -> cycle != null)
                .map(cycle -> PeriodeRapport.moisDuCycle(cycle.getTextContent()))
                .flatMap(Optional::stream).findFirst()
                .orElse(RythmesAudiences.moisParDefaut(audience));
        PeriodeRapport periode = PeriodeRapport.precedente(Calendrier.aujourdhui(), mois);
        execution.setVariable(CommunicationVariables.AUDIENCE, audience.name());
        execution.setVariable(CommunicationVariables.GROUPE, audience.groupe());
        execution.setVariable(CommunicationVariables.DU, periode.du().toString());
        execution.setVariable(CommunicationVariables.AU, periode.au().toString());
    }

    private static Optional<String> propriete(StartEvent depart, String nom) {
        ExtensionElements extensions = depart.getExtensionElements();
        if (extensions == null) {
            return Optional.empty();
        }
        return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(proprietes -> proprietes.getCamundaProperties().stream())
                .filter(propriete -> nom.equals(propriete.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .findFirst();
    }
}
