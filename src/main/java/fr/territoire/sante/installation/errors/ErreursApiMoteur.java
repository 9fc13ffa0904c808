package fr.territoire.sante.installation.errors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Camunda's REST API ({@code /engine-rest}) and the webapps' engine API ({@code /camunda/api/engine},
 * which Tasklist uses to submit forms) answer every failure through these mappers instead of Camunda's own
 * ({@code org.camunda.bpm.engine.rest.exception.*}), which put the exception's text in the body (SQL,
 * parameters, class names) and answer 500 to many a bad request. JAX-RS picks the mapper of the closest
 * exception type, so there is one per type Camunda maps; at equal distance Jersey prefers the lower
 * {@link Priority}, which is why they outrank Camunda's (which have the default, 5000).
 *
 * <p>The body keeps Camunda's documented shape, {@code {"type", "message"}}: {@code type} is the Camunda
 * exception's simple name for a refusal (Tasklist reads {@code AuthorizationException} to say "access
 * denied"), {@code message} is always our French sentence (ReponsesErreur), never the exception's text.
 * Jersey creates these classes itself, so they reach Spring's beans through the servlet context.
 */
public final class ErreursApiMoteur {

    /** The classes to register with a Jersey application. */
    public static final Set<Class<?>> MAPPEURS = Set.of(Toutes.class, Moteur.class, Rest.class, JsonMapping.class, JsonParse.class);

    private ErreursApiMoteur() {
    }

    static Response reponse(ServletContext contexte, HttpServletRequest requete, Throwable erreur) {
        ReponsesErreur reponses = WebApplicationContextUtils.getRequiredWebApplicationContext(contexte).getBean(ReponsesErreur.class);
        ErreurTraduite traduite = reponses.repondre(erreur, requete.getMethod(), requete.getRequestURI());
        Map<String, Object> corps = new LinkedHashMap<>();
        corps.put("type", type(erreur, traduite.statut()));
        corps.put("message", traduite.message());
        return Response.status(traduite.statut()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(corps).build();
    }

    /** Camunda's name for a refusal, as its own mappers give it; a neutral word for the rest. */
    private static String type(Throwable erreur, int statut) {
        if (statut >= 500) {
            return statut == 503 ? "ServiceIndisponible" : "ErreurInattendue";
        }
        return Causes.de(erreur).stream().map(Throwable::getClass)
                .filter(c -> c.getName().startsWith("org.camunda.bpm.engine.") && !c.getName().startsWith("org.camunda.bpm.engine.rest.exception.RestException"))
                .map(Class::getSimpleName).findFirst()
                .orElse(statut == 403 ? "AuthorizationException" : "InvalidRequestException");
    }

    /**
     * One mapper per exception type Camunda maps (JAX-RS chooses by the closest type), all answering alike.
     * Jersey reads the mapped type from the subclass's type argument and injects the fields.
     */
    abstract static class Mappeur<E extends Throwable> implements ExceptionMapper<E> {
        @Context
        private ServletContext contexte;
        @Context
        private HttpServletRequest requete;

        @Override
        public Response toResponse(E erreur) {
            return reponse(contexte, requete, erreur);
        }
    }

    @Priority(1)
    public static final class Toutes extends Mappeur<Throwable> {
    }

    @Priority(1)
    public static final class Moteur extends Mappeur<ProcessEngineException> {
    }

    @Priority(1)
    public static final class Rest extends Mappeur<RestException> {
    }

    @Priority(1)
    public static final class JsonMapping extends Mappeur<JsonMappingException> {
    }

    @Priority(1)
    public static final class JsonParse extends Mappeur<JsonParseException> {
    }
}
