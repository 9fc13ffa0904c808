package fr.territoire.sante.installation.reminders;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Each person turns their own daily digest off or on again; nobody else's. */
@Controller
class MesRappelsController {

    private final PreferencesRappel preferences;
    private final RappelsProperties properties;

    MesRappelsController(PreferencesRappel preferences, RappelsProperties properties) {
        this.preferences = preferences;
        this.properties = properties;
    }

    @GetMapping("/mes-rappels")
    String page(Authentication authentication, Model model) {
        model.addAttribute("actif", preferences.recoit(authentication.getName()));
        model.addAttribute("concerne", authentication.getAuthorities().stream()
                .anyMatch(a -> Rappels.groupes().contains(a.getAuthority())));
        model.addAttribute("attenteJours", properties.attente().toDays());
        model.addAttribute("echeanceJours", properties.echeanceProche().toDays());
        return "mes-rappels";
    }

    @PostMapping("/mes-rappels")
    String choisir(@RequestParam(defaultValue = "false") boolean actif, Authentication authentication,
            RedirectAttributes redirect) {
        preferences.choisir(authentication.getName(), actif);
        redirect.addFlashAttribute("message", actif ? "Vous recevrez de nouveau le rappel quotidien."
                : "Vous ne recevrez plus le rappel quotidien.");
        return "redirect:/mes-rappels";
    }
}
