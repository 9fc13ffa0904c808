package fr.territoire.sante.installation.communication;

import fr.territoire.sante.installation.reports.Audience;
import fr.territoire.sante.installation.signin.Lecteur;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * F. /rapports/destinataires: who receives each audience's report. Staff read it; the CLS, the CPTS and
 * administrators add, change, deactivate (SecurityConfiguration refuses their POSTs to anyone else).
 * A refused form comes back with what was typed and French messages, status 400.
 */
@Controller
class DestinatairesController {

    static final String PAGE = "/rapports/destinataires";

    private final DestinatairesRapport destinataires;

    DestinatairesController(DestinatairesRapport destinataires) {
        this.destinataires = destinataires;
    }

    @GetMapping(PAGE)
    String liste(Authentication authentication, Model model) {
        return liste(new SaisieDestinataire(null, null, null, null), List.of(), authentication, model);
    }

    @PostMapping(PAGE)
    Object ajouter(@ModelAttribute SaisieDestinataire saisie, Authentication authentication, Model model,
            RedirectAttributes redirection) {
        DestinatairesRapport.Enregistrement enregistrement = enregistrer(() -> destinataires.ajouter(saisie, authentication.getName()));
        if (!enregistrement.reussi()) {
            return refus(liste(saisie, enregistrement.erreurs(), authentication, model));
        }
        redirection.addFlashAttribute("confirmation", "Destinataire ajouté : il recevra les prochains rapports de son audience.");
        return "redirect:" + PAGE;
    }

    @GetMapping(PAGE + "/{id}")
    String fiche(@PathVariable long id, Authentication authentication, Model model) {
        DestinataireRapport destinataire = destinataires.destinataire(id).orElseThrow(() -> new DestinataireInconnu(id));
        return fiche(destinataire, SaisieDestinataire.de(destinataire), List.of(), authentication, model);
    }

    @PostMapping(PAGE + "/{id}")
    Object modifier(@PathVariable long id, @ModelAttribute SaisieDestinataire saisie, Authentication authentication,
            Model model, RedirectAttributes redirection) {
        DestinatairesRapport.Enregistrement enregistrement = enregistrer(() -> destinataires.modifier(id, saisie, authentication.getName()));
        if (!enregistrement.reussi()) {
            DestinataireRapport destinataire = destinataires.destinataire(id).orElseThrow(() -> new DestinataireInconnu(id));
            return refus(fiche(destinataire, saisie, enregistrement.erreurs(), authentication, model));
        }
        redirection.addFlashAttribute("confirmation", "Modifications enregistrées.");
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/{id}/desactiver")
    String desactiver(@PathVariable long id, Authentication authentication, RedirectAttributes redirection) {
        destinataires.activer(id, false, authentication.getName());
        redirection.addFlashAttribute("confirmation", "Destinataire désactivé : il ne reçoit plus les rapports.");
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/{id}/reactiver")
    String reactiver(@PathVariable long id, Authentication authentication, RedirectAttributes redirection) {
        destinataires.activer(id, true, authentication.getName());
        redirection.addFlashAttribute("confirmation", "Destinataire réactivé : il recevra de nouveau les rapports.");
        return "redirect:" + PAGE;
    }

    @ExceptionHandler(DestinataireInconnu.class)
    ModelAndView inconnu(DestinataireInconnu inconnu) {
        return new ModelAndView("rapports/destinataires-inconnu", Map.of("message", inconnu.getMessage()), HttpStatus.NOT_FOUND);
    }

    /** /rapports/destinataires/abc names no recipient either. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView idIllisible(MethodArgumentTypeMismatchException illisible) {
        return new ModelAndView("rapports/destinataires-inconnu", Map.of("message", "Destinataire inconnu."), HttpStatus.NOT_FOUND);
    }

    private String liste(SaisieDestinataire saisie, List<SaisieDestinataire.Erreur> erreurs, Authentication authentication, Model model) {
        model.addAttribute("parAudience", destinataires.parAudience());
        formulaire(model, saisie, erreurs, authentication);
        return "rapports/destinataires";
    }

    private String fiche(DestinataireRapport destinataire, SaisieDestinataire saisie, List<SaisieDestinataire.Erreur> erreurs,
            Authentication authentication, Model model) {
        model.addAttribute("destinataire", destinataire);
        formulaire(model, saisie, erreurs, authentication);
        return "rapports/destinataires-fiche";
    }

    private static void formulaire(Model model, SaisieDestinataire saisie, List<SaisieDestinataire.Erreur> erreurs,
            Authentication authentication) {
        Lecteur lecteur = Lecteur.of(authentication);
        model.addAttribute("editeur", lecteur.accompagne() || lecteur.administre());
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("f", saisie);
        model.addAttribute("erreurs", erreurs);
        model.addAttribute("invalides", erreurs.stream().map(SaisieDestinataire.Erreur::champ).collect(Collectors.toSet()));
    }

    /** Two people adding the same address at once: the unique key refuses the second. */
    private static DestinatairesRapport.Enregistrement enregistrer(java.util.function.Supplier<DestinatairesRapport.Enregistrement> action) {
        try {
            return action.get();
        } catch (DataIntegrityViolationException doublon) {
            return new DestinatairesRapport.Enregistrement(null, List.of(DestinatairesRapport.DOUBLON));
        }
    }

    private static ModelAndView refus(String vue) {
        ModelAndView page = new ModelAndView(vue);
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }
}
