package fr.territoire.sante.installation.signin;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A change sent without the page's CSRF token (or with a stale one, after the session ended): 403 with a
 * French sentence saying what to do, as JSON for our API and as a short page otherwise. Any other
 * refusal goes on to Spring Security's usual 403.
 */
class RefusCsrf implements AccessDeniedHandler {

    static final String MESSAGE = "Jeton de sécurité absent ou périmé : la demande n'a pas été prise en compte."
            + " Rechargez la page, puis recommencez.";

    private final AccessDeniedHandler ailleurs = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refus)
            throws IOException, ServletException {
        if (!(refus instanceof CsrfException)) {
            ailleurs.handle(request, response, refus);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"message\":\"" + MESSAGE + "\"}");
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter().write("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
                    + "<title>Demande refusée – Accompagnement à l’installation</title></head><body><main>"
                    + "<h1>Demande refusée</h1><p>" + MESSAGE + "</p><p><a href=\"/\">Retour à l'accueil</a></p>"
                    + "</main></body></html>");
        }
    }
}
