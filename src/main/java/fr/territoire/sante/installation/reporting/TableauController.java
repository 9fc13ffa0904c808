package fr.territoire.sante.installation.reporting;

import fr.territoire.sante.installation.accesslog.JournalConsultations;
import fr.territoire.sante.installation.accesslog.NatureConsultation;
import fr.territoire.sante.installation.dossier.Etape;
import fr.territoire.sante.installation.signin.Lecteur;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The reporting table page. The filter form, the column headers and the page links ask htmx for the
 * results fragment only (header {@code HX-Request}), and push the address so that it can be shared,
 * bookmarked and reloaded; without JavaScript the same links load the whole page.
 */
@Controller
class TableauController {

    private final TableauReporting tableau;
    private final Libelles libelles;
    private final JournalConsultations journal;

    TableauController(TableauReporting tableau, Libelles libelles, JournalConsultations journal) {
        this.tableau = tableau;
        this.libelles = libelles;
        this.journal = journal;
    }

    @GetMapping("/dossiers")
    String tableau(@ParameterObject FiltreParametres parametres, Authentication authentication,
            @RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletRequest request, Model model) {
        Lecteur lecteur = Lecteur.of(authentication);
        TableauReporting.Tri tri = parametres.ordre();
        TableauReporting.Page page = tableau.page(parametres.filtre(), tri, parametres.numeroDePage(), lecteur);
        if (lecteur.voitIdentite()) {
            journal.liste(lecteur.userId(), NatureConsultation.TABLEAU, page.references());
        }
        List<Colonne> colonnes = Arrays.stream(Colonne.values())
                .filter(colonne -> lecteur.voitIdentite() || !colonne.identifiante()).toList();
        model.addAttribute("page", page);
        model.addAttribute("colonnes", colonnes);
        model.addAttribute("tri", tri);
        model.addAttribute("p", parametres);
        model.addAttribute("lecteur", lecteur);
        model.addAttribute("etapes", Etape.values());
        model.addAttribute("options", libelles.options());
        model.addAttribute("liens", new LiensTableau(request.getQueryString(), tri));
        return htmx != null ? "tableau :: resultats" : "tableau";
    }
}
