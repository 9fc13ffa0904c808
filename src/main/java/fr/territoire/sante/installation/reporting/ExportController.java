package fr.territoire.sante.installation.reporting;

import fr.territoire.sante.installation.accesslog.JournalConsultations;
import fr.territoire.sante.installation.accesslog.NatureConsultation;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.signin.Lecteur;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Downloads of the reporting table, with the table's own query parameters. The parameters and the
 * reader are read here, so that a bad parameter is a 400 before anything is sent; the rows are read
 * and written later, on the thread that writes the response, inside {@code parcourir}'s transaction.
 */
@RestController
@Tag(name = "Tableau de reporting")
class ExportController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ExportsTableau exports;
    private final TableauReporting tableau;
    private final JournalConsultations journal;

    ExportController(ExportsTableau exports, TableauReporting tableau, JournalConsultations journal) {
        this.exports = exports;
        this.tableau = tableau;
        this.journal = journal;
    }

    @GetMapping("/api/dossiers/export.csv")
    @Operation(summary = "Exporter le tableau de reporting en CSV (séparateur point-virgule, UTF-8)",
            description = "Mêmes filtres et tri que le tableau ; sans les colonnes identifiantes pour le pilotage.")
    ResponseEntity<StreamingResponseBody> csv(@ParameterObject @ModelAttribute FiltreParametres params,
            Authentication authentication) {
        return fichier(params, authentication, CSV, "csv", NatureConsultation.TABLEAU_CSV, exports::csv);
    }

    @GetMapping("/api/dossiers/export.xlsx")
    @Operation(summary = "Exporter le tableau de reporting en classeur Excel (XLSX)",
            description = "Mêmes filtres et tri que le tableau ; sans les colonnes identifiantes pour le pilotage.")
    ResponseEntity<StreamingResponseBody> xlsx(@ParameterObject @ModelAttribute FiltreParametres params,
            Authentication authentication) {
        return fichier(params, authentication, XLSX, "xlsx", NatureConsultation.TABLEAU_XLSX, exports::xlsx);
    }

    /** One export format: the rows chosen by the filter, in the sort's order, for that reader. */
    @FunctionalInterface
    interface Format {
        void ecrire(Filtre filtre, TableauReporting.Tri tri, Lecteur lecteur, Predicate<LigneTableau> retenues,
                OutputStream sortie) throws IOException;
    }

    /**
     * For a reader of identifying columns, the access log records the references the file will list
     * before it is written, and the file lists those only (a dossier created in between waits for the next export).
     */
    private ResponseEntity<StreamingResponseBody> fichier(FiltreParametres params, Authentication authentication,
            MediaType type, String extension, NatureConsultation nature, Format format) {
        Filtre filtre = params.filtre();
        TableauReporting.Tri tri = params.ordre();
        Lecteur lecteur = Lecteur.of(authentication);
        TableauReporting.verifierTri(tri, lecteur);
        Predicate<LigneTableau> retenues = ligne -> true;
        if (lecteur.voitIdentite()) {
            List<String> references = tableau.references(filtre, tri, lecteur);
            journal.liste(lecteur.userId(), nature, references);
            Set<String> consignees = new HashSet<>(references);
            retenues = ligne -> consignees.contains(ligne.reference());
        }
        Predicate<LigneTableau> lignes = retenues;
        StreamingResponseBody contenu = sortie -> format.ecrire(filtre, tri, lecteur, lignes, sortie);
        String nom = "tableau-reporting-" + Calendrier.aujourdhui() + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(nom).build().toString())
                .body(contenu);
    }
}
