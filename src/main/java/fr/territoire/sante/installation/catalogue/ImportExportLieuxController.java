package fr.territoire.sante.installation.catalogue;

import fr.territoire.sante.installation.process.Calendrier;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Import and export of the practice-site catalogue: the API (JSON report, file downloads) and the
 * upload page that shows the same report in French. Rights are those of /catalogue/** and
 * /api/catalogue/** in the security configuration.
 */
@Controller
@Tag(name = "Catalogue des lieux")
class ImportExportLieuxController {

    static final String PAGE = "catalogue-import";
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ImportLieux importLieux;
    private final ExportLieux exportLieux;

    ImportExportLieuxController(ImportLieux importLieux, ExportLieux exportLieux) {
        this.importLieux = importLieux;
        this.exportLieux = exportLieux;
    }

    @PostMapping(path = "/api/catalogue/lieux/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseBody
    @Operation(summary = "Importer des lieux d'exercice depuis un fichier CSV ou XLSX",
            description = "Crée ou met à jour chaque lieu (connu par son nom et sa commune) ; une ligne invalide est "
                    + "signalée avec son numéro et ses raisons, sans rien écrire. Réimporter le même fichier ne change rien.")
    RapportImport importer(@RequestParam(name = "fichier", required = false) MultipartFile fichier) {
        return importLieux.importer(fichier);
    }

    @GetMapping("/api/catalogue/lieux/export.csv")
    @Operation(summary = "Exporter le catalogue des lieux en CSV (séparateur point-virgule, UTF-8)")
    ResponseEntity<StreamingResponseBody> csv(@Parameter(description = "Inclure les lieux archivés")
            @RequestParam(defaultValue = "false") boolean archives) {
        return fichier("lieux", "csv", sortie -> exportLieux.csv(archives, sortie));
    }

    @GetMapping("/api/catalogue/lieux/export.xlsx")
    @Operation(summary = "Exporter le catalogue des lieux en classeur Excel (XLSX)")
    ResponseEntity<StreamingResponseBody> xlsx(@Parameter(description = "Inclure les lieux archivés")
            @RequestParam(defaultValue = "false") boolean archives) {
        return fichier("lieux", "xlsx", sortie -> exportLieux.xlsx(archives, sortie));
    }

    @GetMapping("/catalogue/lieux/import")
    String page(Model model) {
        model.addAttribute("imp", PageImport.LIEUX);
        return PAGE;
    }

    @PostMapping(path = "/catalogue/lieux/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String importerDepuisPage(@RequestParam(name = "fichier", required = false) MultipartFile fichier, Model model) {
        model.addAttribute("rapport", importLieux.importer(fichier));
        return page(model);
    }

    /** A file that cannot be read at all: 400, as JSON for the API, on the upload page otherwise. */
    @ExceptionHandler(FichierIllisible.class)
    Object refuser(FichierIllisible illisible, HttpServletRequest request) {
        return refus(HttpStatus.BAD_REQUEST, illisible.getMessage(), request);
    }

    static Object refus(HttpStatus statut, String message, HttpServletRequest request) {
        // An upload too large for Tomcat fails while Spring Security reads the form, and reaches us on the
        // error dispatch: the address the person posted to is then the error's request URI.
        Object posted = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = posted instanceof String original ? original : request.getRequestURI();
        if (uri.startsWith("/api/")) {
            return ResponseEntity.status(statut).contentType(MediaType.APPLICATION_JSON).body(Map.of("message", message));
        }
        // The three catalogues' upload pages share this refusal (ImportTropVolumineux sees every upload).
        ModelAndView page = new ModelAndView(PAGE, Map.of("erreur", message, "imp", PageImport.pour(uri)));
        page.setStatus(statut);
        return page;
    }

    /** A download named after the catalogue and today, e.g. catalogue-lieux-2026-03-01.csv. */
    static ResponseEntity<StreamingResponseBody> fichier(String catalogue, String extension, Format format) {
        String nom = "catalogue-" + catalogue + "-" + Calendrier.aujourdhui() + "." + extension;
        MediaType type = "csv".equals(extension) ? CSV : XLSX;
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(nom).build().toString())
                .body(format::ecrire);
    }

    @FunctionalInterface
    interface Format {
        void ecrire(OutputStream sortie) throws IOException;
    }
}
