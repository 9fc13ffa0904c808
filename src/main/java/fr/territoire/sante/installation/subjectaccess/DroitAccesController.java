package fr.territoire.sante.installation.subjectaccess;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.territoire.sante.installation.fiche.DossierInconnu;
import fr.territoire.sante.installation.signin.Lecteur;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Right of access, from the dossier page: the professional's whole data as a JSON file and as a PDF, for
 * the CLS and administrators (SecurityConfiguration; {@link DroitAcces} checks again). Each download is
 * written to the access log by {@code accesslog.ConsultationsFilter} before it leaves.
 */
@RestController
class DroitAccesController {

    private final DroitAcces droitAcces;
    private final DroitAccesPdf pdf;
    private final ObjectMapper json;

    DroitAccesController(DroitAcces droitAcces, DroitAccesPdf pdf, Jackson2ObjectMapperBuilder json) {
        this.droitAcces = droitAcces;
        this.pdf = pdf;
        this.json = json.build().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    @GetMapping("/dossiers/{reference}/droit-acces.json")
    ResponseEntity<byte[]> json(@PathVariable String reference, Authentication authentication) throws IOException {
        DonneesProfessionnel donnees = droitAcces.exporter(reference, Lecteur.of(authentication));
        return fichier(json.writeValueAsBytes(donnees), MediaType.APPLICATION_JSON, donnees.reference(), "json");
    }

    @GetMapping("/dossiers/{reference}/droit-acces.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String reference, Authentication authentication) {
        DonneesProfessionnel donnees = droitAcces.exporter(reference, Lecteur.of(authentication));
        return fichier(pdf.ecrire(donnees), MediaType.APPLICATION_PDF, donnees.reference(), "pdf");
    }

    private static ResponseEntity<byte[]> fichier(byte[] contenu, MediaType type, String reference, String extension) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("donnees-" + reference + "." + extension).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(contenu);
    }

    @ExceptionHandler(DossierInconnu.class)
    ResponseEntity<Map<String, String>> inconnu(DossierInconnu inconnu) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("message", inconnu.getMessage()));
    }
}
