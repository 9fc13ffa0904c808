package fr.territoire.sante.installation.errors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * Spring Boot's {@code /error}, in French and without internals, replacing its own (which says "Bad
 * Request" in English, or echoes the exception's text when asked to): every error that reaches the
 * servlet container (a refusal by Spring MVC or Spring Security, a request body refused by
 * {@link GardeRequetes}, a failure {@link DernierRecours} caught) ends here. JSON {@code {"message": …}}
 * for an API ({@code /api/**}, Camunda's REST API and the webapps' API) or a client asking for JSON; an
 * HTML page otherwise.
 */
@Controller
class PageErreur implements ErrorController {

    /** The answer already chosen for this request (by DernierRecours or GardeRequetes), if any. */
    static final String REPONSE = PageErreur.class.getName() + ".reponse";

    private final ErrorAttributes erreurs;
    private final ReponsesErreur reponses;

    PageErreur(ErrorAttributes erreurs, ReponsesErreur reponses) {
        this.erreurs = erreurs;
        this.reponses = reponses;
    }

    @RequestMapping("${server.error.path:/error}")
    Object erreur(HttpServletRequest requete, HttpServletResponse reponse) {
        ErreurTraduite traduite = reponse(requete);
        reponse.setStatus(traduite.statut());
        if (veutDuJson(requete)) {
            return ResponseEntity.status(traduite.statut()).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("message", traduite.message()));
        }
        ModelAndView page = new ModelAndView("erreur-http", Map.of("titre", titre(traduite.statut()), "message",
                traduite.message(), "statut", traduite.statut()));
        page.setStatus(org.springframework.http.HttpStatus.valueOf(traduite.statut()));
        return page;
    }

    private ErreurTraduite reponse(HttpServletRequest requete) {
        if (requete.getAttribute(REPONSE) instanceof ErreurTraduite choisie) {
            return choisie;
        }
        int statut = requete.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code && code >= 400 ? code : 500;
        Throwable erreur = erreurs.getError(new ServletWebRequest(requete));
        Optional<ErreurTraduite> traduite = reponses.traduire(erreur);
        if (traduite.isPresent()) {
            return traduite.get();
        }
        if (statut == 403) {
            return new ErreurTraduite(403, "Votre compte ne donne pas accès à cette page ou à cette action. Les équipes du CLS et de "
                    + "la CPTS travaillent dans Tasklist, le pilotage consulte les dossiers dans Cockpit.");
        }
        if (statut >= 500 && erreur != null) {
            Object uri = requete.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            return reponses.repondre(erreur, requete.getMethod(), String.valueOf(uri));
        }
        return MessagesHttp.erreur(statut);
    }

    private static String titre(int statut) {
        return switch (statut) {
            case 403 -> "Accès refusé";
            case 404 -> "Page introuvable";
            case 413 -> "Envoi trop volumineux";
            default -> statut < 500 ? "Requête à corriger" : "Une erreur est survenue";
        };
    }

    /** JSON for an API (ours, Camunda's, the webapps') and for a client that asks for JSON rather than a page. */
    static boolean veutDuJson(HttpServletRequest requete) {
        Object original = requete.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String chemin ? chemin : requete.getRequestURI();
        if (uri.startsWith("/api/") || uri.startsWith("/engine-rest") || uri.startsWith("/camunda/api/") || uri.startsWith("/actuator")) {
            return true;
        }
        String accepte = String.valueOf(requete.getHeader(HttpHeaders.ACCEPT));
        return accepte.contains("json") && !accepte.contains("text/html");
    }
}
