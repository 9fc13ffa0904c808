package fr.territoire.sante.installation.communication;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * F. « Rapport demandé », the end of an audience's lane: starts communication-periodique for the
 * audience and period its timer set (message « EcheanceAudience »), in the same transaction.
 */
@Component("demandeRapportPeriodique")
class DemandeRapportPeriodique implements JavaDelegate {

    static final String MESSAGE = "EcheanceAudience";

    @Override
    public void execute(DelegateExecution execution) {
        execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation(MESSAGE)
                .setVariables(Map.of(
                        CommunicationVariables.AUDIENCE, execution.getVariable(CommunicationVariables.AUDIENCE),
                        CommunicationVariables.GROUPE, execution.getVariable(CommunicationVariables.GROUPE),
                        CommunicationVariables.DU, execution.getVariable(CommunicationVariables.DU),
                        CommunicationVariables.AU, execution.getVariable(CommunicationVariables.AU)))
                .correlateStartMessage();
    }
}
