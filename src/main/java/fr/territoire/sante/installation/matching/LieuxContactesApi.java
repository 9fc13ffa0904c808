package fr.territoire.sante.installation.matching;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The proposed sites of a dossier's current matching round and their answers, as JSON (CLS and CPTS). */
@RestController
@Tag(name = "Dossiers")
class LieuxContactesApi {

    private final ReponsesLieux reponses;

    LieuxContactesApi(ReponsesLieux reponses) {
        this.reponses = reponses;
    }

    /** What a site answered, and an optional comment. */
    record Reponse(
            @Schema(description = "Réponse du lieu", allowableValues = {"INTERESSE", "PAS_MAINTENANT", "REFUS"}) String reponse,
            @Schema(description = "Commentaire facultatif (4000 caractères au plus)") String commentaire) {
    }

    @GetMapping("/api/dossiers/{reference}/lieux-proposes")
    @Operation(summary = "Lieux proposés au croisement en cours du dossier, avec la réponse de chacun une fois contacté "
            + "(réservé à la CLS et à la CPTS)")
    @ApiResponse(responseCode = "200", description = "Les lieux proposés, dans l'ordre du choix")
    @ApiResponse(responseCode = "404", description = "Aucun dossier ne porte cette référence",
            content = @Content(schema = @Schema(example = "{\"message\": \"Dossier inconnu : PS-2026-0000\"}")))
    List<LieuContacte> lieux(@Parameter(description = "Référence du dossier, par exemple PS-2026-0007") @PathVariable String reference) {
        return reponses.duTourCourant(reference);
    }

    @PostMapping("/api/dossiers/{reference}/lieux-proposes/{id}/reponse")
    @Operation(summary = "Enregistre la réponse d'un lieu contacté : INTERESSE, PAS_MAINTENANT ou REFUS "
            + "(réservé à la CLS et à la CPTS)")
    @ApiResponse(responseCode = "200", description = "Le lieu avec sa réponse")
    @ApiResponse(responseCode = "400", description = "Réponse non reconnue ou commentaire trop long",
            content = @Content(schema = @Schema(example = "{\"message\": \"Réponse non reconnue : choisissez Intéressé, Pas pour le moment ou Refus.\"}")))
    @ApiResponse(responseCode = "404", description = "Dossier inconnu, ou lieu non proposé par son croisement en cours")
    LieuContacte repondre(@Parameter(description = "Référence du dossier") @PathVariable String reference,
            @Parameter(description = "Identifiant du lieu proposé (champ id de la liste)") @PathVariable long id,
            @RequestBody Reponse reponse, Authentication authentication) {
        return reponses.repondre(reference, id, reponse.reponse(), reponse.commentaire(), authentication.getName());
    }

    @ExceptionHandler(PropositionInconnue.class)
    ResponseEntity<Map<String, String>> inconnue(PropositionInconnue inconnue) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", inconnue.getMessage()));
    }

    @ExceptionHandler(ReponseInvalide.class)
    ResponseEntity<Map<String, String>> invalide(ReponseInvalide invalide) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("message", invalide.getMessage()));
    }

    /** A body that is not the JSON expected, or an id that is not a number: named, never echoed. */
    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<Map<String, String>> illisible(Exception illisible) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("message",
                "Requête illisible : attendu un identifiant numérique et un corps JSON {\"reponse\": \"INTERESSE\", \"commentaire\": \"…\"}."));
    }
}
