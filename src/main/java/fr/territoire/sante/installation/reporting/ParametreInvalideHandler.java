package fr.territoire.sante.installation.reporting;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A table parameter that does not read: 400 with its French message, as JSON or as a page. */
@ControllerAdvice(basePackageClasses = ParametreInvalideHandler.class)
class ParametreInvalideHandler {

    @ExceptionHandler(FiltreParametres.ParametreInvalide.class)
    Object refuser(FiltreParametres.ParametreInvalide refus, HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/api/")) {
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("message", refus.getMessage()));
        }
        ModelAndView page = new ModelAndView("erreur", Map.of("message", refus.getMessage()));
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }
}
