package fr.territoire.sante.installation.reports;

import fr.territoire.sante.installation.dashboard.Periode;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.reporting.FiltreParametres.ParametreInvalide;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The periodic reports: the list with their downloads (every staff member, pilotage included, since
 * they hold aggregates only), and production on demand for any period (CLS and CPTS; rights in
 * {@code signin.SecurityConfiguration}).
 */
@Controller
@Tag(name = "Rapports", description = "Rapports périodiques agrégés (étape F) : liste, production, téléchargements")
class RapportsController {

    static final int LISTES = 200;
    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RapportsPeriodiques rapports;

    RapportsController(RapportsPeriodiques rapports) {
        this.rapports = rapports;
    }

    @GetMapping("/rapports")
    String page(Model model) {
        LocalDate debutTrimestre = Calendrier.aujourdhui().with(IsoFields.DAY_OF_QUARTER, 1);
        model.addAttribute("rapports", rapports.resumes(LISTES));
        model.addAttribute("audiences", Audience.values());
        // Default: the last full quarter, what the audiences' timers report on.
        model.addAttribute("du", debutTrimestre.minusMonths(3));
        model.addAttribute("au", debutTrimestre.minusDays(1));
        model.addAttribute("seuil", rapports.seuil());
        return "rapports/liste";
    }

    @PostMapping("/rapports")
    String produire(@RequestParam(required = false) String audience, @RequestParam(required = false) String du,
            @RequestParam(required = false) String au, Principal utilisateur, RedirectAttributes suite) {
        RapportPeriodique rapport = produireLu(audience, du, au, utilisateur);
        suite.addFlashAttribute("produit", rapport.getId());
        return "redirect:/rapports";
    }

    @GetMapping(path = "/api/rapports", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    @Operation(summary = "Les rapports produits, du plus récent au plus ancien (sans les fichiers)")
    List<RapportResume> liste() {
        return rapports.resumes(LISTES);
    }

    @PostMapping(path = "/api/rapports", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    @Operation(summary = "Produit un rapport pour un public et une période (demandes reçues du … au …, AAAA-MM-JJ)")
    ResponseEntity<RapportResume> produireJson(@RequestParam(required = false) String audience,
            @RequestParam(required = false) String du, @RequestParam(required = false) String au, Principal utilisateur) {
        RapportPeriodique rapport = produireLu(audience, du, au, utilisateur);
        return ResponseEntity.status(HttpStatus.CREATED).body(new RapportResume(rapport.getId(), rapport.getAudience(),
                rapport.getDu(), rapport.getAu(), rapport.getProduitLe(), rapport.getProduitPar(), null, 0));
    }

    @GetMapping("/rapports/{id}.pdf")
    ResponseEntity<?> pdf(@PathVariable String id) {
        return fichier(id, RapportPeriodique::getPdf, MediaType.APPLICATION_PDF, "pdf");
    }

    @GetMapping("/rapports/{id}.xlsx")
    ResponseEntity<?> xlsx(@PathVariable String id) {
        return fichier(id, RapportPeriodique::getXlsx, XLSX, "xlsx");
    }

    private RapportPeriodique produireLu(String audience, String du, String au, Principal utilisateur) {
        Audience lue = audience(audience);
        Periode periode = Periode.dates(du, au);
        return rapports.produire(lue, periode.du(), periode.au(), utilisateur.getName());
    }

    private static Audience audience(String saisie) {
        if (saisie == null || saisie.isBlank()) {
            throw new ParametreInvalide("Choisissez le public du rapport.");
        }
        return Arrays.stream(Audience.values()).filter(a -> a.name().equals(saisie.trim())).findFirst()
                .orElseThrow(() -> new ParametreInvalide("Public du rapport inconnu : choisissez-le dans la liste."));
    }

    private ResponseEntity<?> fichier(String id, Function<RapportPeriodique, byte[]> contenu, MediaType type, String extension) {
        Long numero;
        try {
            numero = Long.valueOf(id);
        } catch (NumberFormatException e) {
            return introuvable();
        }
        return rapports.trouver(numero).<ResponseEntity<?>>map(rapport -> ResponseEntity.ok().contentType(type)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename(nom(rapport) + "." + extension).build().toString())
                        .body(contenu.apply(rapport)))
                .orElseGet(RapportsController::introuvable);
    }

    private static ResponseEntity<?> introuvable() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                .body("Rapport introuvable.");
    }

    /** rapport-elus-referents-2026-01-01-2026-03-31: ASCII, no accent. */
    private static String nom(RapportPeriodique rapport) {
        return "rapport-" + rapport.getAudience().name().toLowerCase().replace('_', '-') + "-" + rapport.getDu() + "-" + rapport.getAu();
    }
}
