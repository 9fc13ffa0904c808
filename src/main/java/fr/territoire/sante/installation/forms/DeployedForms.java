package fr.territoire.sante.installation.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The Camunda Form that a user task or start event of the running process shows, found the way
 * Tasklist finds it: by the element's {@code camunda:formRef}, with its binding (latest, deployment
 * or version), among the forms the engine has deployed. So the rules checked on the server are those
 * of the very form the user filled in, including a version a process owner deployed since.
 */
@Component
public class DeployedForms {

    /** A deployed form never changes: each one is read and parsed once. */
    private final Map<String, FormSchema> parsed = new ConcurrentHashMap<>();
    private final RepositoryService repositoryService;
    private final ProcessEngineConfigurationImpl engine;

    DeployedForms(RepositoryService repositoryService, @Lazy ProcessEngineConfigurationImpl engine) {
        this.repositoryService = repositoryService;
        this.engine = engine;
    }

    /**
     * The latest deployed version of a form, outside any task: what our pages use for option labels
     * (a profession, a source of request), so a label a process owner changes shows everywhere.
     */
    public FormSchema latest(String formKey) {
        CamundaFormRefImpl reference = new CamundaFormRefImpl(formKey, "latest");
        CamundaFormDefinition definition = engine.getCommandExecutorTxRequired().execute(command ->
                command.runWithoutAuthorization(() -> new GetCamundaFormDefinitionCmd(reference, null).execute(command)));
        if (definition == null) {
            throw new IllegalStateException("No deployed form " + formKey);
        }
        return parsed.computeIfAbsent(definition.getId(), id -> read(definition));
    }

    /** Must run inside the engine's command (a listener, a delegate). */
    public FormSchema of(DelegateExecution execution) {
        FlowElement element = execution.getBpmnModelElementInstance();
        CamundaFormRefImpl reference = formRef(element);
        CommandContext command = Context.getCommandContext();
        // The form is read on the engine's behalf, as Tasklist's own form lookup does: the user's
        // rights were checked when the task or the start form was opened and submitted.
        return command.runWithoutAuthorization(() -> {
            // Only the "deployment" binding looks in the process's own deployment.
            String deploymentId = "deployment".equals(reference.getBinding())
                    ? repositoryService.getProcessDefinition(execution.getProcessDefinitionId()).getDeploymentId() : null;
            CamundaFormDefinition definition = new GetCamundaFormDefinitionCmd(reference, deploymentId).execute(command);
            if (definition == null) {
                throw new IllegalStateException("No deployed form for " + reference + " of " + element.getId());
            }
            return parsed.computeIfAbsent(definition.getId(), id -> read(definition));
        });
    }

    private FormSchema read(CamundaFormDefinition definition) {
        try (InputStream json = repositoryService.getResourceAsStream(definition.getDeploymentId(), definition.getResourceName())) {
            return FormSchema.parse(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CamundaFormRefImpl formRef(FlowElement element) {
        String key;
        String binding;
        String version;
        if (element instanceof UserTask task) {
            key = task.getCamundaFormRef();
            binding = task.getCamundaFormRefBinding();
            version = task.getCamundaFormRefVersion();
        } else if (element instanceof StartEvent start) {
            key = start.getCamundaFormRef();
            binding = start.getCamundaFormRefBinding();
            version = start.getCamundaFormRefVersion();
        } else {
            throw new IllegalStateException(element.getId() + " is neither a user task nor a start event");
        }
        if (key == null) {
            throw new IllegalStateException(element.getId() + " has no camunda:formRef");
        }
        CamundaFormRefImpl reference = new CamundaFormRefImpl(key, binding == null ? "latest" : binding);
        if (version != null) {
            reference.setVersion(Integer.valueOf(version));
        }
        return reference;
    }
}
