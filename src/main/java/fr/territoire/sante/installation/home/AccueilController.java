package fr.territoire.sante.installation.home;

import fr.territoire.sante.installation.dossier.DossierFigures;
import fr.territoire.sante.installation.signin.Lecteur;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: where each user goes next, by their rights (our pages, Tasklist, Cockpit, Admin). */
@Controller
class AccueilController {

    private final DossierFigures figures;

    AccueilController(DossierFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/")
    String accueil(Authentication authentication, Model model) {
        model.addAttribute("lecteur", Lecteur.of(authentication));
        model.addAttribute("enRetard", figures.late());
        return "accueil";
    }
}
