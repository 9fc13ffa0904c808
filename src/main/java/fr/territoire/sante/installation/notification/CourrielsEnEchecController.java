package fr.territoire.sante.installation.notification;

import fr.territoire.sante.installation.process.Calendrier;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/courriels} (camunda-admin): the outbox's given-up mails, each with its last error and a
 * button to send it again once the fault is fixed. Subjects name dossier references, not people.
 */
@Controller
class CourrielsEnEchecController {

    private final CourrielsEnEchec enEchec;
    private final EnvoiProperties envoi;

    CourrielsEnEchecController(CourrielsEnEchec enEchec, EnvoiProperties envoi) {
        this.enEchec = enEchec;
        this.envoi = envoi;
    }

    @GetMapping("/admin/courriels")
    String page(Model model) {
        model.addAttribute("courriels", enEchec.abandonnes());
        model.addAttribute("tentativesMax", envoi.tentativesMax());
        model.addAttribute("fuseau", Calendrier.FUSEAU);
        return "admin/courriels";
    }

    @PostMapping("/admin/courriels/{id}/renvoyer")
    String renvoyer(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", enEchec.renvoyer(id, authentication.getName())
                ? "Le courriel n° " + id + " est de nouveau dans la file d'envoi : il part au prochain passage de l'envoi."
                : "Le courriel n° " + id + " n'est pas (ou plus) en échec : rien à renvoyer.");
        return "redirect:/admin/courriels";
    }
}
