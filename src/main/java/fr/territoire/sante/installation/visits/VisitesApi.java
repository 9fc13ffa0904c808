package fr.territoire.sante.installation.visits;

import fr.territoire.sante.installation.signin.Lecteur;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The visit schedule as JSON. CLS and CPTS plan, move and cancel; pilotage reads dates, communes and
 * statuses only (site names and attendees are null for it); a POST from a browser session needs the
 * CSRF token (header X-CSRF-TOKEN), as every change of our pages.
 */
@RestController
@Tag(name = "Visites")
class VisitesApi {

    private final PlanningVisites planning;

    VisitesApi(PlanningVisites planning) {
        this.planning = planning;
    }

    /** One visit; {@code lieu} and the attendees are null for a reader who may not see identifying data. */
    record VisiteJson(Long id, String lieu, String commune, Instant debut, Instant fin, String presentsCls, String presentsCpts,
            String presentsLieu, String elusInvites, StatutVisite statut, int sequence) {

        static VisiteJson de(VisitePlanifiee v, boolean identite) {
            return new VisiteJson(v.getId(), identite ? v.getLieuNom() : null, v.getCommune(), v.getDebut(), v.getFin(),
                    identite ? v.getPresentsCls() : null, identite ? v.getPresentsCpts() : null,
                    identite ? v.getPresentsLieu() : null, identite ? v.getElusInvites() : null, v.getStatut(), v.getSequence());
        }
    }

    /** A move: the new day (AAAA-MM-JJ) and times (HH:mm). */
    record DeplacementJson(String jour, String debut, String fin) {
    }

    @GetMapping("/api/dossiers/{reference}/visites")
    @Operation(summary = "Visites du croisement en cours d'un dossier, annulées comprises (sans lieu ni personnes pour le pilotage)")
    List<VisiteJson> visites(@PathVariable String reference, Authentication authentication) {
        boolean identite = Lecteur.of(authentication).voitIdentite();
        return planning.toutes(planning.dossier(reference)).stream().map(v -> VisiteJson.de(v, identite)).toList();
    }

    @PostMapping("/api/dossiers/{reference}/visites")
    @Operation(summary = "Planifier une visite d'un des lieux proposés ; l'invitation part par e-mail")
    @ApiResponse(responseCode = "201", description = "Visite planifiée")
    @ApiResponse(responseCode = "400", description = "Saisie refusée, messages en français par champ")
    ResponseEntity<?> planifier(@PathVariable String reference, @RequestBody SaisieVisite saisie, Authentication authentication) {
        return reponse(planning.planifier(reference, saisie, editeur(authentication)), HttpStatus.CREATED);
    }

    @PostMapping("/api/dossiers/{reference}/visites/{id}/deplacement")
    @Operation(summary = "Déplacer une visite ; la mise à jour de l'invitation part par e-mail")
    ResponseEntity<?> deplacer(@PathVariable String reference, @PathVariable long id, @RequestBody DeplacementJson deplacement,
            Authentication authentication) {
        String auteur = editeur(authentication);
        return reponse(planning.deplacer(reference, id, SaisieVisite.deplacement(deplacement.jour(), deplacement.debut(), deplacement.fin()),
                auteur), HttpStatus.OK);
    }

    @PostMapping("/api/dossiers/{reference}/visites/{id}/annulation")
    @Operation(summary = "Annuler une visite ; l'annulation part par e-mail")
    ResponseEntity<?> annuler(@PathVariable String reference, @PathVariable long id, Authentication authentication) {
        return reponse(planning.annuler(reference, id, editeur(authentication)), HttpStatus.OK);
    }

    @ExceptionHandler(VisiteIntrouvable.class)
    ResponseEntity<Map<String, String>> introuvable(VisiteIntrouvable introuvable) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", introuvable.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, String>> idIllisible(MethodArgumentTypeMismatchException illisible) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", "Visite inconnue."));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> illisible(HttpMessageNotReadableException illisible) {
        return ResponseEntity.badRequest().body(Map.of("message", "Corps de la requête illisible : un objet JSON est attendu."));
    }

    private static String editeur(Authentication authentication) {
        Lecteur lecteur = Lecteur.of(authentication);
        if (!VisitesFiche.modifie(lecteur)) {
            throw new AccessDeniedException("Seuls le CLS et la CPTS planifient les visites.");
        }
        return lecteur.userId();
    }

    private static ResponseEntity<?> reponse(PlanningVisites.Resultat resultat, HttpStatus succes) {
        if (!resultat.reussi()) {
            Map<String, Object> corps = new LinkedHashMap<>();
            corps.put("message", "Visite refusée : " + String.join(" ; ", resultat.erreurs().stream().map(Object::toString).toList()));
            corps.put("erreurs", resultat.erreurs().stream().map(e -> Map.of("champ", e.champ(), "message", e.message())).toList());
            return ResponseEntity.badRequest().body(corps);
        }
        return ResponseEntity.status(succes).body(VisiteJson.de(resultat.visite(), true));
    }
}
