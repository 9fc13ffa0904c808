package fr.territoire.sante.installation.catalogue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
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
 * Import and export of the territory needs, as {@link ImportExportLieuxController} does the sites: the
 * API (JSON report, file downloads) and the upload page. Rights are those of /catalogue/** and
 * /api/catalogue/**.
 */
@Controller
@Tag(name = "Catalogue des besoins du territoire")
class ImportExportBesoinsController {

    private final ImportBesoins importBesoins;
    private final ExportBesoins exportBesoins;

    ImportExportBesoinsController(ImportBesoins importBesoins, ExportBesoins exportBesoins) {
        this.importBesoins = importBesoins;
        this.exportBesoins = exportBesoins;
    }

    @PostMapping(path = "/api/catalogue/besoins/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseBody
    @Operation(summary = "Importer des besoins du territoire depuis un fichier CSV ou XLSX",
            description = "Crée ou met à jour chaque besoin (connu par sa commune, sa profession, sa source et sa date "
                    + "de signalement) ; une ligne invalide est signalée avec son numéro et ses raisons, sans rien écrire. "
                    + "Réimporter le même fichier ne change rien.")
    RapportImport importer(@RequestParam(name = "fichier", required = false) MultipartFile fichier) {
        return importBesoins.importer(fichier);
    }

    @GetMapping("/api/catalogue/besoins/export.csv")
    @Operation(summary = "Exporter les besoins du territoire en CSV (séparateur point-virgule, UTF-8)")
    ResponseEntity<StreamingResponseBody> csv(@Parameter(description = "Inclure les besoins archivés")
            @RequestParam(defaultValue = "false") boolean archives) {
        return ImportExportLieuxController.fichier("besoins", "csv", sortie -> exportBesoins.csv(archives, sortie));
    }

    @GetMapping("/api/catalogue/besoins/export.xlsx")
    @Operation(summary = "Exporter les besoins du territoire en classeur Excel (XLSX)")
    ResponseEntity<StreamingResponseBody> xlsx(@Parameter(description = "Inclure les besoins archivés")
            @RequestParam(defaultValue = "false") boolean archives) {
        return ImportExportLieuxController.fichier("besoins", "xlsx", sortie -> exportBesoins.xlsx(archives, sortie));
    }

    @GetMapping("/catalogue/besoins/import")
    String page(Model model) {
        model.addAttribute("imp", PageImport.BESOINS);
        return ImportExportLieuxController.PAGE;
    }

    @PostMapping(path = "/catalogue/besoins/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String importerDepuisPage(@RequestParam(name = "fichier", required = false) MultipartFile fichier, Model model) {
        model.addAttribute("rapport", importBesoins.importer(fichier));
        return page(model);
    }

    /** A file that cannot be read at all: 400, as JSON for the API, on the upload page otherwise. */
    @ExceptionHandler(FichierIllisible.class)
    Object refuser(FichierIllisible illisible, HttpServletRequest request) {
        return ImportExportLieuxController.refus(HttpStatus.BAD_REQUEST, illisible.getMessage(), request);
    }
}
