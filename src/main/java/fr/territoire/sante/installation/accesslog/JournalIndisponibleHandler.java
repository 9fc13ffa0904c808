package fr.territoire.sante.installation.accesslog;

import fr.territoire.sante.installation.errors.ErreurTraduite;
import fr.territoire.sante.installation.errors.TraductionErreur;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A list read whose access log entry could not be written (reporting table, its JSON and exports): 503 in French. */
@ControllerAdvice
class JournalIndisponibleHandler {

    @ExceptionHandler(JournalIndisponible.class)
    Object indisponible(JournalIndisponible indisponible, HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/api/")) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30")
                    .contentType(MediaType.APPLICATION_JSON).body(Map.of("message", indisponible.getMessage()));
        }
        ModelAndView page = new ModelAndView("rgpd/journal-indisponible", Map.of("message", indisponible.getMessage()));
        page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        return page;
    }

    /** The same answer for the application's common error handlers ({@link TraductionErreur}). */
    @Component
    @Order(0)
    static class Traduction implements TraductionErreur {
        @Override
        public Optional<ErreurTraduite> traduire(Throwable erreur) {
            for (Throwable e = erreur; e != null; e = e.getCause()) {
                if (e instanceof JournalIndisponible indisponible) {
                    return Optional.of(new ErreurTraduite(503, indisponible.getMessage()));
                }
            }
            return Optional.empty();
        }
    }
}
