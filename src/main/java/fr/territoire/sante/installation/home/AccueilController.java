package fr.territoire.sante.installation.home;

import fr.territoire.sante.installation.dossier.DossierFigures;
import fr.territoire.sante.installation.signin.Lecteur;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: where each user goes next, by their rights (our pages, Tasklist, Cockpit, Admin). */
@Controller
class AccueilController {

    private final DossierFigures figures;
    private final IdentityService identity;

    AccueilController(DossierFigures figures, IdentityService identity) {
        this.figures = figures;
        this.identity = identity;
    }

    @GetMapping("/")
    String accueil(Authentication authentication, Model model) {
        model.addAttribute("lecteur", Lecteur.of(authentication));
        model.addAttribute("enRetard", figures.late());
        model.addAttribute("prenom", prenom(authentication.getName()));
        return "accueil";
    }

    /** The greeting uses the first name Admin knows the user by; the identifiant when it has none. */
    private String prenom(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        return user == null || user.getFirstName() == null || user.getFirstName().isBlank() ? userId : user.getFirstName();
    }
}
