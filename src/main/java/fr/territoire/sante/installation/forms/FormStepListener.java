package fr.territoire.sante.installation.forms;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Moves what a user task's form captured into the reporting store when the task ends, in the engine's
 * transaction. The values are checked against the form the task shows ({@link DeployedForms}); bad
 * input throws a FormFieldValidationException: Tasklist and the REST API answer 400 with the message,
 * the transaction rolls back and the task stays open. Listening on the activity's end (not on task
 * completion) also guards {@code POST /task/{id}/complete}, which skips form handlers.
 */
public abstract class FormStepListener implements ExecutionListener {

    private final DeployedForms forms;

    protected FormStepListener(DeployedForms forms) {
        this.forms = forms;
    }

    @Override
    public final void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return; // interrupted (withdrawal, deletion): nothing was submitted
        }
        FormSchema form = forms.of(execution);
        // Once valid, the form's values leave the process: personal data lives in the reporting store
        // only, and the step may then set process variables of the same name (e.g. a typed date).
        FormValues values = new FormValues(form, execution.getVariables(),
                () -> form.fields().keySet().forEach(execution::removeVariable));
        record(execution, values);
        if (!values.isValidated()) {
            throw new IllegalStateException(getClass().getSimpleName() + " recorded a form without validating it");
        }
    }

    /** Reads the form, calls {@link FormValues#validate()} before writing anything, then writes. */
    protected abstract void record(DelegateExecution execution, FormValues form);
}
