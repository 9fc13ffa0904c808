package fr.territoire.sante.installation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Moves what a user task's form captured into the reporting store when the task ends, in the engine's
 * transaction. Bad input throws a FormFieldValidationException: Tasklist and the REST API answer 400
 * with the message, the transaction rolls back and the task stays open. Listening on the activity's
 * end (not on task completion) also guards {@code POST /task/{id}/complete}, which skips form handlers.
 */
public abstract class FormStepListener implements ExecutionListener {

    @Override
    public final void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return; // interrupted (withdrawal, deletion): nothing was submitted
        }
        FormValues form = new FormValues(execution);
        record(execution, form);
        if (!form.isValidated()) {
            throw new IllegalStateException(getClass().getSimpleName() + " recorded a form without validating it");
        }
    }

    /** Reads the form, calls {@link FormValues#validate()} before writing anything, then writes. */
    protected abstract void record(DelegateExecution execution, FormValues form);
}
