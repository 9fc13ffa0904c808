package fr.territoire.sante.installation.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

class ConflitConcurrenceTest {

    private final HistoryService history = mock(HistoryService.class, RETURNS_DEEP_STUBS);
    private final IdentityService identity = mock(IdentityService.class);
    private final ConflitConcurrence traduction = new ConflitConcurrence(history, identity);

    @Test
    void theEnginesOptimisticLockingIsA409SayingSomeoneElseDidTheTask() {
        ErreurTraduite reponse = traduction.traduire(new OptimisticLockingException("ENGINE-03005 Execution of 'DELETE TaskEntity[42]' failed")).orElseThrow();

        assertThat(reponse.statut()).isEqualTo(409);
        assertThat(reponse.message()).startsWith("Cette tâche vient d'être traitée par quelqu'un d'autre").doesNotContain("DELETE", "ENGINE");
    }

    @Test
    void aConflictIsFoundUnderWrappers() {
        Throwable emballee = new IllegalStateException("REST", new ProcessEngineException("wrapped", new OptimisticLockingException("x")));

        assertThat(traduction.traduire(emballee)).map(ErreurTraduite::statut).contains(409);
    }

    @Test
    void ourStoresOptimisticLockAndPostgresSerializationFailuresAre409ToReloadTheDossier() {
        for (Throwable erreur : List.of(new OptimisticLockException("row was updated"),
                new ObjectOptimisticLockingFailureException("Dossier", 1L),
                new ProcessEngineException("flush", new SQLException("could not serialize access", "40001")),
                new RuntimeException(new SQLException("deadlock detected", "40P01")))) {
            ErreurTraduite reponse = traduction.traduire(erreur).orElseThrow();
            assertThat(reponse.statut()).isEqualTo(409);
            assertThat(reponse.message()).startsWith("Ce dossier vient d'être modifié par quelqu'un d'autre");
        }
    }

    @Test
    void aTaskCompletedJustBeforeIsA409AndTheCallersAuthenticationIsPutBack() {
        Authentication marie = new Authentication("cls1", List.of("cls"));
        when(identity.getCurrentAuthentication()).thenReturn(marie);
        when(history.createHistoricTaskInstanceQuery().taskId("abc-123").finished().count()).thenReturn(1L);

        ErreurTraduite reponse = traduction.traduire(new NullValueException("Cannot find task with id abc-123: task is null")).orElseThrow();

        assertThat(reponse.statut()).isEqualTo(409);
        assertThat(reponse.message()).contains("traitée par quelqu'un d'autre");
        verify(identity).clearAuthentication();
        verify(identity).setAuthentication(marie);
    }

    @Test
    void aRightMissingOnATaskCompletedJustBeforeIsA409ButOnAnOpenTaskStaysTheRefusal() {
        when(history.createHistoricTaskInstanceQuery().taskId("terminee").finished().count()).thenReturn(1L);
        when(history.createHistoricTaskInstanceQuery().taskId("ouverte").finished().count()).thenReturn(0L);

        assertThat(traduction.traduire(refus("terminee"))).map(ErreurTraduite::statut).contains(409);
        assertThat(traduction.traduire(refus("ouverte"))).isEmpty();
    }

    private static AuthorizationException refus(String tache) {
        return new AuthorizationException("cpts1", List.of(new MissingAuthorization("UPDATE", "Task", tache)));
    }

    @Test
    void aTaskThatNeverExistedIsLeftToTheUnknownAnswer() {
        when(history.createHistoricTaskInstanceQuery().taskId("inconnue").finished().count()).thenReturn(0L);

        assertThat(traduction.traduire(new NotFoundException("Cannot find task with id inconnue: task is null"))).isEmpty();
    }

    @Test
    void otherFailuresAreNotConcurrency() {
        assertThat(traduction.traduire(new ProcessEngineException("Unknown property used in expression"))).isEmpty();
        assertThat(traduction.traduire(new RuntimeException(new SQLException("value too long", "22001")))).isEmpty();
        assertThat(traduction.traduire(new IllegalArgumentException())).isEmpty();
    }

    @Test
    void aDuplicateRowWhileCompletingATaskFinishedMeanwhileIsA409AndElsewhereIsNot() {
        SQLException doublon = new SQLException("duplicate key value violates unique constraint", "23505");
        when(history.createHistoricTaskInstanceQuery().taskId("t-7").finished().count()).thenReturn(1L);
        try {
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(
                    new MockHttpServletRequest("POST", "/engine-rest/task/t-7/submit-form")));
            assertThat(traduction.traduire(new RuntimeException(doublon))).map(ErreurTraduite::message)
                    .hasValueSatisfying(m -> assertThat(m).startsWith("Cette tâche vient d'être traitée par quelqu'un d'autre"));

            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(
                    new MockHttpServletRequest("POST", "/api/catalogue/lieux/import")));
            assertThat(traduction.traduire(new RuntimeException(doublon))).as("a duplicate elsewhere is not a race").isEmpty();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }
}
