package fr.territoire.sante.installation.errors;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.Order;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;

/**
 * The dispatch every error handler shares: translations asked in their order, the first that knows the
 * failure answers, a faulty one is skipped, an unknown failure gets a 500 with a reference and no
 * internals, in the body as in the log; and the engine API's mappers answer with it.
 */
class TraductionsTest {

    /** Stands for the "database away" translation another package provides. */
    @Order(1)
    static class BaseAbsente implements TraductionErreur {
        @Override
        public Optional<ErreurTraduite> traduire(Throwable erreur) {
            return Causes.trouver(erreur, IllegalStateException.class).filter(e -> "base absente".equals(e.getMessage()))
                    .map(e -> new ErreurTraduite(503, "Base de données momentanément indisponible."));
        }
    }

    /** Stands for the "concurrent change" translation. */
    @Order(2)
    static class ModificationConcurrente implements TraductionErreur {
        @Override
        public Optional<ErreurTraduite> traduire(Throwable erreur) {
            return Causes.trouver(erreur, OptimisticLockingException.class)
                    .map(e -> new ErreurTraduite(409, "Tâche déjà terminée par une autre personne."));
        }
    }

    /** A translation that fails itself: skipped, never a 500 because of it. */
    @Order(0)
    static class EnPanne implements TraductionErreur {
        @Override
        public Optional<ErreurTraduite> traduire(Throwable erreur) {
            throw new IllegalArgumentException("bug");
        }
    }

    private AnnotationConfigWebApplicationContext contexte;
    private MockServletContext servlets;

    @BeforeEach
    void contexte() {
        servlets = new MockServletContext();
        contexte = new AnnotationConfigWebApplicationContext();
        contexte.setServletContext(servlets);
        contexte.register(Traductions.class, ReponsesErreur.class, ErreursInattendues.class, TraductionCamunda.class, TraductionWeb.class,
                TraductionValeursMoteur.class, BaseAbsente.class, ModificationConcurrente.class, EnPanne.class);
        contexte.refresh();
        servlets.setAttribute(WebApplicationContext.ROOT_WEB_APPLICATION_CONTEXT_ATTRIBUTE, contexte);
    }

    @AfterEach
    void fermer() {
        contexte.close();
    }

    private ErreurTraduite repondre(Throwable erreur) {
        return contexte.getBean(ReponsesErreur.class).repondre(erreur, "POST", "/engine-rest/task/1/complete");
    }

    @Test
    void theFirstTranslationThatKnowsTheFailureAnswersEvenDeepInItsCauses() {
        assertThat(repondre(new ProcessEngineException("wrapped", new IllegalStateException("base absente"))))
                .isEqualTo(new ErreurTraduite(503, "Base de données momentanément indisponible."));
        assertThat(repondre(new OptimisticLockingException("ENGINE-03005 Entity was updated by another transaction concurrently")).statut())
                .isEqualTo(409);
    }

    @Test
    void theEnginesOwnRefusalsKeepTheirStatusWithAFrenchMessage() {
        assertThat(repondre(new AuthorizationException("The user with id 'cpts1' does not have 'UPDATE' permission")).statut()).isEqualTo(403);
        assertThat(repondre(new NullValueException("Cannot find task with id abc: task is null")).statut()).isEqualTo(404);
        assertThat(repondre(new NullValueException("taskId is null")).statut()).isEqualTo(400);
        assertThat(repondre(new ProcessEngineException("wrapped", new FormFieldValidationException("f", "Formulaire à corriger : « Nom » est obligatoire"))))
                .isEqualTo(new ErreurTraduite(400, "Formulaire à corriger : « Nom » est obligatoire"));
        assertThat(repondre(new org.camunda.bpm.engine.rest.exception.InvalidRequestException(Response.Status.BAD_REQUEST,
                new FormFieldValidationException("f", "« Date de l'entretien » est obligatoire"), "Cannot submit task form")).message())
                .isEqualTo("« Date de l'entretien » est obligatoire");
        ErreurTraduite tropLong = repondre(new ProcessEngineException("ENGINE-03083 insert into ACT_RU_VARIABLE values ('Dupont')",
                new SQLException("ERROR: value too long for type character varying(4000)", "22001")));
        assertThat(tropLong.statut()).isEqualTo(400);
        assertThat(tropLong.message()).doesNotContain("Dupont", "ACT_RU", "varying");
    }

    @Test
    void anUnknownFailureGetsA500WithAReferenceThatTheLogCarriesWithoutTheFailuresText() {
        ErreurTraduite inconnue;
        try (CaptureJournal journal = CaptureJournal.demarrer("Dupont")) {
            inconnue = repondre(new IllegalStateException("select * from dossier where nom = 'Dupont'"));
            assertThat(journal.avecMarqueur()).isEmpty();
            assertThat(journal.entrees()).as("the faulty translation skipped, then the error").isEqualTo(2);
        }
        assertThat(inconnue.statut()).isEqualTo(500);
        assertThat(inconnue.message()).startsWith("Une erreur inattendue est survenue (référence E-").doesNotContain("Dupont", "select",
                "IllegalState");
    }

    @Test
    void theEngineApisMappersAnswerInCamundasShapeWithOurMessage() {
        ErreursApiMoteur.Moteur mappeur = new ErreursApiMoteur.Moteur();
        ReflectionTestUtils.setField(mappeur, "contexte", servlets);
        ReflectionTestUtils.setField(mappeur, "requete", new MockHttpServletRequest("POST", "/engine-rest/task/x/complete"));

        Response introuvable = mappeur.toResponse(new NullValueException("Cannot find task with id x: task is null"));
        assertThat(introuvable.getStatus()).isEqualTo(404);
        @SuppressWarnings("unchecked")
        Map<String, Object> corps = (Map<String, Object>) introuvable.getEntity();
        assertThat(corps).containsEntry("type", "NullValueException").containsEntry("message", MessagesHttp.pour(404));

        Response inattendue = mappeur.toResponse(new ProcessEngineException("ENGINE-03004 update ACT_RU_TASK set NAME_ = 'Dupont'"));
        assertThat(inattendue.getStatus()).isEqualTo(500);
        assertThat(inattendue.getEntity().toString()).contains("ErreurInattendue", "Une erreur inattendue")
                .doesNotContain("ACT_RU_TASK", "Dupont", "ProcessEngineException");
    }

    @Test
    void aValueTheEngineCannotTurnIntoAVariableIsTheRequestsFault() {
        IllegalArgumentException fichier = new IllegalArgumentException("Cannot create file value");
        fichier.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.camunda.bpm.engine.variable.impl.type.FileValueTypeImpl", "createValue", "FileValueTypeImpl.java", 49)});
        assertThat(repondre(fichier).statut()).isEqualTo(400);
        assertThat(repondre(new ProcessEngineException("ENGINE-17007 Cannot set variable with name v. Java serialization format is prohibited"))
                .statut()).isEqualTo(400);
        IllegalArgumentException ailleurs = new IllegalArgumentException("a bug of ours");
        ailleurs.setStackTrace(new StackTraceElement[] {new StackTraceElement("fr.territoire.X", "y", "X.java", 1)});
        assertThat(repondre(ailleurs).statut()).isEqualTo(500);
    }
}
