package fr.territoire.sante.installation.dashboard;

import fr.territoire.sante.installation.process.Calendrier;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The dashboard page, its figures as JSON and each figure's data as CSV. Aggregates only, so CLS, CPTS
 * and pilotage see the same page; late dossiers are named by their reference, never by a person.
 */
@Controller
@Tag(name = "Tableau de bord", description = "Indicateurs agrégés de l'accompagnement, par période")
class TableauDeBordController {

    private final IndicateursTableauDeBord indicateurs;
    private final ObjectMapper json;

    TableauDeBordController(IndicateursTableauDeBord indicateurs, ObjectMapper json) {
        this.indicateurs = indicateurs;
        this.json = json;
    }

    @GetMapping("/tableau-de-bord")
    String page(@RequestParam(required = false) String periode, @RequestParam(required = false) String du,
            @RequestParam(required = false) String au, Model model) {
        TableauDeBord tableau = calculer(periode, du, au);
        model.addAttribute("tableau", tableau);
        model.addAttribute("choix", Periode.Choix.values());
        model.addAttribute("figuresJson", figuresPourLaPage(tableau));
        return "tableau-de-bord";
    }

    @GetMapping(path = "/api/tableau-de-bord", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    @Operation(summary = "Les indicateurs du tableau de bord pour une période",
            description = "Période prédéfinie (trimestre, annee, 12-mois, tout) ou dates du/au (AAAA-MM-JJ), "
                    + "appliquée à la date de réception des demandes ; les dossiers en retard sont ceux d'aujourd'hui.")
    TableauDeBord json(@Parameter(description = "trimestre, annee, 12-mois (par défaut), tout ou dates") @RequestParam(required = false) String periode,
            @RequestParam(required = false) String du, @RequestParam(required = false) String au) {
        return calculer(periode, du, au);
    }

    @GetMapping(path = "/api/tableau-de-bord/{figure}.csv")
    @Operation(summary = "Les données d'une figure du tableau de bord, en CSV (Excel en français)")
    ResponseEntity<?> csv(@PathVariable String figure, @RequestParam(required = false) String periode,
            @RequestParam(required = false) String du, @RequestParam(required = false) String au) {
        TableauDeBord tableau = calculer(periode, du, au);
        return tableau.figure(figure)
                .<ResponseEntity<?>>map(trouvee -> ResponseEntity.ok()
                        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename("tableau-de-bord-" + figure + "-" + tableau.periode().du() + "-" + tableau.periode().au() + ".csv")
                                .build().toString())
                        .body(CsvFigure.ecrire(trouvee, tableau.periode())))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                        .body(Map.of("message", "Figure inconnue : le tableau de bord n'a pas de figure de ce nom.")));
    }

    /**
     * The figures as JSON inside the page's script element: "<" escaped, so that a commune typed as
     * "</script>…" can never close the element (JSON reads \u003c back as "<").
     */
    private String figuresPourLaPage(TableauDeBord tableau) {
        try {
            return json.writeValueAsString(tableau.figures()).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Dashboard figures cannot be written as JSON", e);
        }
    }

    private TableauDeBord calculer(String periode, String du, String au) {
        Instant maintenant = Calendrier.maintenant();
        LocalDate aujourdhui = maintenant.atZone(Periode.PARIS).toLocalDate();
        return indicateurs.calculer(Periode.lire(periode, du, au, aujourdhui), maintenant);
    }
}
