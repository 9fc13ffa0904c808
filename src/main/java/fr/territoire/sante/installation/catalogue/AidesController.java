package fr.territoire.sante.installation.catalogue;

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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The installation-aid catalogue's pages, built as the practice sites' ones: everyone on staff reads
 * them, only editors get the forms (SecurityConfiguration refuses any other POST). A refused form comes
 * back with what was typed and SaisieAide's French messages, status 400; a saved one redirects to the
 * aid's page.
 */
@Controller
class AidesController {

    private final AidesInstallation aides;

    AidesController(AidesInstallation aides) {
        this.aides = aides;
    }

    @GetMapping("/catalogue/aides")
    String liste(@RequestParam(required = false) String q, @RequestParam(required = false) String categorie,
            @RequestParam(required = false) String profession, @RequestParam(required = false) String valides,
            @RequestParam(required = false) String archives, @RequestParam(required = false) String page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Authentication authentication, Model model) {
        RechercheAide recherche = new RechercheAide(q, categorie, profession, "true".equals(valides), "true".equals(archives));
        model.addAttribute("r", recherche);
        model.addAttribute("page", aides.page(recherche, numero(page)));
        commun(model, authentication);
        return htmx != null ? "catalogue/aides-liste :: resultats" : "catalogue/aides-liste";
    }

    @GetMapping("/catalogue/aides/nouvelle")
    String nouvelle(Authentication authentication, Model model) {
        return formulaireNouvelle(new FormulaireAide(), List.of(), authentication, model);
    }

    @PostMapping("/catalogue/aides")
    Object creer(@ModelAttribute("f") FormulaireAide formulaire, Authentication authentication, Model model,
            RedirectAttributes redirection) {
        AidesInstallation.Enregistrement enregistrement = enregistrer(() -> aides.creer(formulaire.saisie()));
        if (!enregistrement.reussi()) {
            return refus(formulaireNouvelle(formulaire, enregistrement.erreurs(), authentication, model));
        }
        redirection.addFlashAttribute("confirmation", "Aide ajoutée au catalogue.");
        return "redirect:/catalogue/aides/" + enregistrement.id();
    }

    @GetMapping("/catalogue/aides/{id}")
    String aide(@PathVariable long id, Authentication authentication, Model model) {
        AideInstallation aide = aides.aide(id).orElseThrow(() -> new AideInconnue(id));
        return fiche(aide, FormulaireAide.de(aide, aides.professions()), List.of(), authentication, model);
    }

    @PostMapping("/catalogue/aides/{id}")
    Object modifier(@PathVariable long id, @ModelAttribute("f") FormulaireAide formulaire, Authentication authentication,
            Model model, RedirectAttributes redirection) {
        AidesInstallation.Enregistrement enregistrement = enregistrer(() -> aides.modifier(id, formulaire.saisie()));
        if (!enregistrement.reussi()) {
            AideInstallation aide = aides.aide(id).orElseThrow(() -> new AideInconnue(id));
            return refus(fiche(aide, formulaire, enregistrement.erreurs(), authentication, model));
        }
        redirection.addFlashAttribute("confirmation", "Modifications enregistrées.");
        return "redirect:/catalogue/aides/" + id;
    }

    @PostMapping("/catalogue/aides/{id}/archiver")
    String archiver(@PathVariable long id, RedirectAttributes redirection) {
        aides.archiver(id);
        redirection.addFlashAttribute("confirmation", "Aide archivée : elle n'apparaît plus dans la liste par défaut.");
        return "redirect:/catalogue/aides/" + id;
    }

    @PostMapping("/catalogue/aides/{id}/desarchiver")
    String desarchiver(@PathVariable long id, RedirectAttributes redirection) {
        aides.desarchiver(id);
        redirection.addFlashAttribute("confirmation", "Aide désarchivée.");
        return "redirect:/catalogue/aides/" + id;
    }

    @ExceptionHandler(AideInconnue.class)
    ModelAndView inconnue(AideInconnue inconnue) {
        return new ModelAndView("catalogue/aides-inconnue", Map.of("message", inconnue.getMessage()), HttpStatus.NOT_FOUND);
    }

    /** /catalogue/aides/abc names no aid either. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView idIllisible(MethodArgumentTypeMismatchException illisible) {
        return new ModelAndView("catalogue/aides-inconnue", Map.of("message", "Aide à l'installation inconnue."),
                HttpStatus.NOT_FOUND);
    }

    private String formulaireNouvelle(FormulaireAide formulaire, List<SaisieLieu.Erreur> erreurs,
            Authentication authentication, Model model) {
        erreurs(model, formulaire, erreurs);
        commun(model, authentication);
        return "catalogue/aides-nouvelle";
    }

    private String fiche(AideInstallation aide, FormulaireAide formulaire, List<SaisieLieu.Erreur> erreurs,
            Authentication authentication, Model model) {
        model.addAttribute("aide", aide);
        erreurs(model, formulaire, erreurs);
        commun(model, authentication);
        return "catalogue/aides-fiche";
    }

    private static void erreurs(Model model, FormulaireAide formulaire, List<SaisieLieu.Erreur> erreurs) {
        model.addAttribute("f", formulaire);
        model.addAttribute("erreurs", erreurs);
        model.addAttribute("ancres", FormulaireAide.ancres(erreurs));
        model.addAttribute("invalides", erreurs.stream().map(e -> FormulaireAide.idDuChamp(e.champ())).collect(Collectors.toSet()));
    }

    private void commun(Model model, Authentication authentication) {
        Lecteur lecteur = Lecteur.of(authentication);
        model.addAttribute("lecteur", lecteur);
        model.addAttribute("editeur", lecteur.accompagne() || lecteur.administre());
        model.addAttribute("affichage", AffichageAide.maintenant(aides.professions()));
    }

    /** Two people saving the same title and territory at once: the unique key refuses the second. */
    private static AidesInstallation.Enregistrement enregistrer(
            java.util.function.Supplier<AidesInstallation.Enregistrement> action) {
        try {
            return action.get();
        } catch (DataIntegrityViolationException doublon) {
            return new AidesInstallation.Enregistrement(null, List.of(AidesInstallation.doublon()));
        }
    }

    private static ModelAndView refus(String vue) {
        ModelAndView page = new ModelAndView(vue);
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }

    private static int numero(String page) {
        try {
            return page == null ? 1 : Integer.parseInt(page.trim());
        } catch (NumberFormatException illisible) {
            return 1;
        }
    }
}
