package fr.territoire.sante.installation.accesslog;

import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The dossier a task belongs to: its process instance's business key, when that is a dossier reference
 * (the dossier's process, and the processes started from a dossier with its reference). Read once the
 * engine has answered the user's request with its own authorization checks, so read here without them
 * (as {@code fiche.MoteurLecture} does): two queries by primary key.
 */
@Component
class TachesDossier {

    private final ProcessEngineConfigurationImpl engine;
    private final TaskService tasks;
    private final RuntimeService runtime;

    TachesDossier(@Lazy ProcessEngineConfigurationImpl engine, TaskService tasks, RuntimeService runtime) {
        this.engine = engine;
        this.tasks = tasks;
        this.runtime = runtime;
    }

    Optional<String> reference(String taskId) {
        return engine.getCommandExecutorTxRequired().execute(command -> command.runWithoutAuthorization(() -> {
            Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
            if (task == null || task.getProcessInstanceId() == null) {
                return Optional.<String>empty();
            }
            ProcessInstance instance = runtime.createProcessInstanceQuery()
                    .processInstanceId(task.getProcessInstanceId()).singleResult();
            return Optional.ofNullable(instance).map(ProcessInstance::getBusinessKey).filter(LectureSuivie::estReference);
        }));
    }
}
