package fr.territoire.sante.installation.fiche;

import fr.territoire.sante.installation.signin.Lecteur;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The fiche as JSON, stripped for the caller exactly as the page is. */
@RestController
@Tag(name = "Dossiers")
class FicheApi {

    private final FichesDossier fiches;

    FicheApi(FichesDossier fiches) {
        this.fiches = fiches;
    }

    @GetMapping("/api/dossiers/{reference}")
    @Operation(summary = "Fiche d'un dossier : tout ce qui a été enregistré, étape par étape, "
            + "avec la chronologie, les tâches ouvertes et les échéances (sans données identifiantes pour le pilotage)")
    @ApiResponse(responseCode = "200", description = "La fiche du dossier")
    @ApiResponse(responseCode = "404", description = "Aucun dossier ne porte cette référence",
            content = @Content(schema = @Schema(example = "{\"message\": \"Dossier inconnu : PS-2026-0000\"}")))
    FicheDossier fiche(@Parameter(description = "Référence du dossier, par exemple PS-2026-0007") @PathVariable String reference,
            Authentication authentication) {
        return fiches.fiche(reference, Lecteur.of(authentication));
    }

    @ExceptionHandler(DossierInconnu.class)
    ResponseEntity<Map<String, String>> inconnu(DossierInconnu inconnu) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", inconnu.getMessage()));
    }
}
