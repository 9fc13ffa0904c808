package fr.territoire.sante.installation.catalogue;

import fr.territoire.sante.installation.process.Calendrier;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Import and export of the installation-aid catalogue: the API (JSON report, file downloads) and the
 * upload page that shows the same report in French. Rights are those of /catalogue/** and
 * /api/catalogue/** in the security configuration.
 */
@Controller
@Tag(name = "Catalogue des aides à l'installation")
class ImportExportAidesController {

    /** The one upload page of the three catalogues, told which one it serves ({@link PageImport}). */
    static final String PAGE = ImportExportLieuxController.PAGE;
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ImportAides importAides;
    private final ExportAides exportAides;

    ImportExportAidesController(ImportAides importAides, ExportAides exportAides) {
        this.importAides = importAides;
        this.exportAides = exportAides;
    }

    @PostMapping(path = "/api/catalogue/aides/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseBody
    @Operation(summary = "Importer des aides à l'installation depuis un fichier CSV ou XLSX",
            description = "Crée ou met à jour chaque aide (connue par son intitulé et son territoire) ; une ligne invalide "
                    + "est signalée avec son numéro et ses raisons, sans rien écrire. Réimporter le même fichier ne change rien.")
    RapportImport importer(@RequestParam(name = "fichier", required = false) MultipartFile fichier) {
        return importAides.importer(fichier);
    }

    @GetMapping("/api/catalogue/aides/export.csv")
    @Operation(summary = "Exporter le catalogue des aides en CSV (séparateur point-virgule, UTF-8)")
    ResponseEntity<StreamingResponseBody> csv(@Parameter(description = "Inclure les aides archivées")
            @RequestParam(defaultValue = "false") boolean archives) {
        return fichier(CSV, "csv", sortie -> exportAides.csv(archives, sortie));
    }

    @GetMapping("/api/catalogue/aides/export.xlsx")
    @Operation(summary = "Exporter le catalogue des aides en classeur Excel (XLSX)")
    ResponseEntity<StreamingResponseBody> xlsx(@Parameter(description = "Inclure les aides archivées")
            @RequestParam(defaultValue = "false") boolean archives) {
        return fichier(XLSX, "xlsx", sortie -> exportAides.xlsx(archives, sortie));
    }

    @GetMapping("/catalogue/aides/import")
    String page(Model model) {
        model.addAttribute("imp", PageImport.AIDES);
        return PAGE;
    }

    @PostMapping(path = "/catalogue/aides/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String importerDepuisPage(@RequestParam(name = "fichier", required = false) MultipartFile fichier, Model model) {
        model.addAttribute("imp", PageImport.AIDES);
        model.addAttribute("rapport", importAides.importer(fichier));
        return PAGE;
    }

    /** A file that cannot be read at all: 400, as JSON for the API, on the upload page otherwise. */
    @ExceptionHandler(FichierIllisible.class)
    Object refuser(FichierIllisible illisible, HttpServletRequest request) {
        return ImportExportLieuxController.refus(HttpStatus.BAD_REQUEST, illisible.getMessage(), request);
    }

    private static ResponseEntity<StreamingResponseBody> fichier(MediaType type, String extension, Format format) {
        String nom = "catalogue-aides-" + Calendrier.aujourdhui() + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(nom).build().toString())
                .body(format::ecrire);
    }

    @FunctionalInterface
    private interface Format {
        void ecrire(OutputStream sortie) throws IOException;
    }
}
