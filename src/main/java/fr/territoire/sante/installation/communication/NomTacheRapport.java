package fr.territoire.sante.installation.communication;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * F. Tasklist lists tasks by name: « Relire et envoyer le rapport » alone would not say which one, so
 * the task gets the audience and period (no personal data) after the diagram's name.
 */
@Component("nomTacheRapport")
class NomTacheRapport implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object titre = task.getVariable(CommunicationVariables.TITRE);
        if (titre != null) {
            task.setName(task.getName() + " – " + titre);
        }
    }
}
