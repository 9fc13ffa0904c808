package fr.territoire.sante.installation.matching;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The dossier page's "Lieux contactés" forms: one site's answer, then back to the page. */
@Controller
class LieuxContactesController {

    private final ReponsesLieux reponses;

    LieuxContactesController(ReponsesLieux reponses) {
        this.reponses = reponses;
    }

    @PostMapping("/dossiers/{reference}/lieux-proposes/{id}/reponse")
    String repondre(@PathVariable String reference, @PathVariable long id, @RequestParam(required = false) String reponse,
            @RequestParam(required = false) String commentaire, Authentication authentication, RedirectAttributes flash) {
        LieuContacte lieu = reponses.repondre(reference, id, reponse, commentaire, authentication.getName());
        flash.addFlashAttribute("reponseEnregistree", "Réponse enregistrée pour " + lieu.lieu() + " : " + lieu.reponseLibelle() + ".");
        return "redirect:/dossiers/{reference}#lieux-contactes";
    }

    @ExceptionHandler(PropositionInconnue.class)
    ModelAndView inconnue(PropositionInconnue inconnue) {
        return new ModelAndView("dossier-inconnu", Map.of("message", inconnue.getMessage()), HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(ReponseInvalide.class)
    ModelAndView invalide(ReponseInvalide invalide) {
        return new ModelAndView("erreur", Map.of("message", invalide.getMessage()), HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView illisible() {
        return new ModelAndView("erreur", Map.of("message", "Lieu proposé inconnu : l'identifiant doit être un nombre."),
                HttpStatus.BAD_REQUEST);
    }
}
