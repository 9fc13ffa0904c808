package fr.territoire.sante.installation.withdrawal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Sends the withdrawal to the dossier's process: its event sub-process interrupts every open task and
 * closes the dossier. Runs with the engine's own rights: the staff member who declares the withdrawal
 * needs no right to modify process instances directly.
 */
@Component("arretAccompagnement")
class ArretAccompagnement implements JavaDelegate {

    static final String MESSAGE = "ArretDemarche";

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        String reference = (String) execution.getVariable(DeclarationArretListener.REFERENCE);
        Context.getCommandContext().runWithoutAuthorization(() -> execution.getProcessEngineServices().getRuntimeService()
                .createMessageCorrelation(MESSAGE)
                .processInstanceBusinessKey(reference)
                .correlateWithResult());
    }
}
