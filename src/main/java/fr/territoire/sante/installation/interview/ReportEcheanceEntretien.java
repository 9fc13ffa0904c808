package fr.territoire.sante.installation.interview;

import static fr.territoire.sante.installation.process.ProcessVariables.DATE_ENTRETIEN;
import static fr.territoire.sante.installation.process.ProcessVariables.NOUVELLE_DATE_ENTRETIEN;
import static fr.territoire.sante.installation.process.ProcessVariables.TACHE_ENTRETIEN_DEPLACEE;

import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A. The moved appointment reaches the dossier's process: its interview task falls due at the new
 * date, and the process variable the due date came from says the same.
 */
@Component("reportEcheanceEntretien")
class ReportEcheanceEntretien implements JavaDelegate {

    private final TaskService tasks;

    ReportEcheanceEntretien(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date nouvelleDate = (Date) execution.getVariable(NOUVELLE_DATE_ENTRETIEN);
        Task entretien = tasks.createTaskQuery().taskId((String) execution.getVariable(TACHE_ENTRETIEN_DEPLACEE)).singleResult();
        entretien.setDueDate(nouvelleDate);
        tasks.saveTask(entretien);
        tasks.setVariable(entretien.getId(), DATE_ENTRETIEN, nouvelleDate);
    }
}
