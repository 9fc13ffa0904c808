package fr.territoire.sante.installation.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns the refusal into Spring Boot's short "APPLICATION FAILED TO START" report, no stack trace. */
class UnsafeAdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeAdminPasswordException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnsafeAdminPasswordException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set CAMUNDA_BPM_ADMINUSER_PASSWORD to a secret of at least " + AdminPasswordPolicy.MINIMUM_LENGTH
                        + " characters, or run with the 'demo' profile for a trial.",
                cause);
    }
}
