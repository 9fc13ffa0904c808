package fr.territoire.sante.installation.fiche;

import fr.territoire.sante.installation.matching.ReponsesLieux;
import fr.territoire.sante.installation.signin.Lecteur;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The dossier page: the hub every table row and every Tasklist form links to. */
@Controller
class FicheController {

    private final FichesDossier fiches;
    private final ReponsesLieux reponses;

    FicheController(FichesDossier fiches, ReponsesLieux reponses) {
        this.fiches = fiches;
        this.reponses = reponses;
    }

    /** @param retour the table's query string (filters, sort, page), so "Retour au tableau" comes back to it */
    @GetMapping("/dossiers/{reference}")
    String fiche(@PathVariable String reference, @RequestParam(required = false) String retour,
            Authentication authentication, Model model) {
        Lecteur lecteur = Lecteur.of(authentication);
        model.addAttribute("fiche", fiches.fiche(reference, lecteur));
        model.addAttribute("lecteur", lecteur);
        // Site names: only for readers of identifying data (the fragment shows nothing to the others).
        model.addAttribute("lieuxContactes", lecteur.voitIdentite() ? reponses.duTourCourant(reference) : List.of());
        model.addAttribute("retour", retour(retour));
        return "fiche";
    }

    @ExceptionHandler(DossierInconnu.class)
    ModelAndView inconnu(DossierInconnu inconnu) {
        ModelAndView page = new ModelAndView("dossier-inconnu", HttpStatus.NOT_FOUND);
        page.addObject("message", inconnu.getMessage());
        return page;
    }

    /** Always under /dossiers: only a query string is kept, never a URL to elsewhere. */
    static String retour(String retour) {
        if (retour == null || retour.isBlank()) {
            return "/dossiers";
        }
        String query = retour.startsWith("?") ? retour.substring(1) : retour;
        return query.chars().anyMatch(c -> c < 0x20) ? "/dossiers" : "/dossiers?" + query;
    }
}
