package fr.territoire.sante.installation.reporting;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A query parameter of the table that cannot be read: 400 with a French message, as JSON for the API
 * and the exports, as a page for the table itself.
 */
// the dashboard reads its period with the same exception, and answers the same way
@ControllerAdvice(basePackages = {"fr.territoire.sante.installation.reporting", "fr.territoire.sante.installation.dashboard",
        "fr.territoire.sante.installation.reports"})
class ParametreInvalideHandler {

    @ExceptionHandler(FiltreParametres.ParametreInvalide.class)
    Object refuser(FiltreParametres.ParametreInvalide invalide, HttpServletRequest request) {
        return refus(invalide.getMessage(), request);
    }

    /** A value Spring cannot convert (retard=peut-être, page=deux): named, never echoed. */
    @ExceptionHandler(BindException.class)
    Object refuser(BindException invalide, HttpServletRequest request) {
        FieldError champ = invalide.getFieldError();
        return refus(champ == null ? "Paramètres invalides." : "Paramètre « " + champ.getField() + " » invalide.", request);
    }

    private static Object refus(String message, HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/api/")) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("message", message));
        }
        ModelAndView page = new ModelAndView("erreur", Map.of("message", message));
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }
}
