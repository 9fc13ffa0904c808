package fr.territoire.sante.installation.reporting;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A query parameter of the table that cannot be read: 400 with a French message, as JSON. */
@RestControllerAdvice(basePackageClasses = ParametreInvalideHandler.class)
class ParametreInvalideHandler {

    @ExceptionHandler(FiltreParametres.ParametreInvalide.class)
    ResponseEntity<Map<String, String>> refuser(FiltreParametres.ParametreInvalide invalide) {
        return refus(invalide.getMessage());
    }

    /** A value Spring cannot convert (retard=peut-être, page=deux): named, never echoed. */
    @ExceptionHandler(BindException.class)
    ResponseEntity<Map<String, String>> refuser(BindException invalide) {
        FieldError champ = invalide.getFieldError();
        return refus(champ == null ? "Paramètres invalides." : "Paramètre « " + champ.getField() + " » invalide.");
    }

    private static ResponseEntity<Map<String, String>> refus(String message) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("message", message));
    }
}
