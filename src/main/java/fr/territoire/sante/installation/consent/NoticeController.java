package fr.territoire.sante.installation.consent;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** Each version of the information notice, as it was given: the intake form links to it. */
@Controller
class NoticeController {

    private final NoticesInformation notices;

    NoticeController(NoticesInformation notices) {
        this.notices = notices;
    }

    @GetMapping("/rgpd/information/{version}")
    ModelAndView notice(@PathVariable String version) {
        return notices.texte(version)
                .map(texte -> new ModelAndView("rgpd/information", java.util.Map.of("version", version,
                        "blocs", BlocsNotice.lire(texte))))
                .orElseGet(() -> {
                    ModelAndView page = new ModelAndView("erreur", HttpStatus.NOT_FOUND);
                    page.addObject("message", "Aucune notice d'information ne porte la version « " + version + " ».");
                    return page;
                });
    }
}
