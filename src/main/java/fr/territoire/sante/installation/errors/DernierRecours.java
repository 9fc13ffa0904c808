package fr.territoire.sante.installation.errors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * The last of Spring MVC's exception resolvers: a failure that no {@code @ExceptionHandler} of ours nor
 * Spring's own resolvers answered is translated ({@link ReponsesErreur}) and rendered by
 * {@link PageErreur}, instead of escaping to the servlet container, which would log its whole text (what
 * was typed included) and answer 500. Refusals by Spring Security are left to Spring Security (login page,
 * 401, 403).
 */
@Component
class DernierRecours implements HandlerExceptionResolver, Ordered {

    private final ReponsesErreur reponses;

    DernierRecours(ReponsesErreur reponses) {
        this.reponses = reponses;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest requete, HttpServletResponse reponse, Object handler, Exception erreur) {
        if (erreur instanceof AccessDeniedException || erreur instanceof AuthenticationException) {
            return null;
        }
        ErreurTraduite traduite = reponses.repondre(erreur, requete.getMethod(), requete.getRequestURI());
        if (reponse.isCommitted()) {
            return new ModelAndView();
        }
        requete.setAttribute(PageErreur.REPONSE, traduite);
        try {
            reponse.sendError(traduite.statut());
        } catch (IOException perdue) {
            // the client has gone: nothing left to tell it
        }
        return new ModelAndView();
    }
}
