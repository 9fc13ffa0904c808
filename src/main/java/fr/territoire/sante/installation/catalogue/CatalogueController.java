package fr.territoire.sante.installation.catalogue;

import fr.territoire.sante.installation.signin.Lecteur;
import java.util.List;
import java.util.Map;
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
 * The practice-site catalogue's pages. Everyone on staff reads them; only editors (CLS, CPTS,
 * administrators) get the forms, and SecurityConfiguration refuses any POST from the others. A refused
 * form comes back with what was typed and SaisieLieu's French messages, status 400; a saved one
 * redirects to the site's page (post/redirect/get, so a reload never posts twice).
 */
@Controller
class CatalogueController {

    private final LieuxExercice lieux;

    CatalogueController(LieuxExercice lieux) {
        this.lieux = lieux;
    }

    @GetMapping("/catalogue/lieux")
    String liste(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
            @RequestParam(required = false) String commune, @RequestParam(required = false) String profession,
            @RequestParam(required = false) String archives, @RequestParam(required = false) String page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Authentication authentication, Model model) {
        Recherche recherche = new Recherche(q, type, commune, profession, "true".equals(archives));
        model.addAttribute("r", recherche);
        model.addAttribute("page", lieux.page(recherche, numero(page)));
        model.addAttribute("communes", lieux.communes());
        commun(model, authentication);
        return htmx != null ? "catalogue/liste :: resultats" : "catalogue/liste";
    }

    @GetMapping("/catalogue/lieux/nouveau")
    String nouveau(Authentication authentication, Model model) {
        return formulaireNouveau(new FormulaireLieu(), List.of(), authentication, model);
    }

    @PostMapping("/catalogue/lieux")
    Object creer(@ModelAttribute("f") FormulaireLieu formulaire, Authentication authentication, Model model,
            RedirectAttributes redirection) {
        LieuxExercice.Enregistrement enregistrement = enregistrer(() -> lieux.creer(formulaire.saisie()));
        if (!enregistrement.reussi()) {
            return refus(formulaireNouveau(formulaire, enregistrement.erreurs(), authentication, model));
        }
        redirection.addFlashAttribute("confirmation", "Lieu ajouté au catalogue.");
        return "redirect:/catalogue/lieux/" + enregistrement.id();
    }

    @GetMapping("/catalogue/lieux/{id}")
    String lieu(@PathVariable long id, Authentication authentication, Model model) {
        LieuExercice lieu = lieux.lieu(id).orElseThrow(() -> new LieuInconnu(id));
        return fiche(lieu, FormulaireLieu.de(lieu), List.of(), authentication, model);
    }

    @PostMapping("/catalogue/lieux/{id}")
    Object modifier(@PathVariable long id, @ModelAttribute("f") FormulaireLieu formulaire, Authentication authentication,
            Model model, RedirectAttributes redirection) {
        LieuxExercice.Enregistrement enregistrement = enregistrer(() -> lieux.modifier(id, formulaire.saisie()));
        if (!enregistrement.reussi()) {
            LieuExercice lieu = lieux.lieu(id).orElseThrow(() -> new LieuInconnu(id));
            return refus(fiche(lieu, formulaire, enregistrement.erreurs(), authentication, model));
        }
        redirection.addFlashAttribute("confirmation", "Modifications enregistrées.");
        return "redirect:/catalogue/lieux/" + id;
    }

    @PostMapping("/catalogue/lieux/{id}/archiver")
    String archiver(@PathVariable long id, RedirectAttributes redirection) {
        lieux.archiver(id);
        redirection.addFlashAttribute("confirmation", "Lieu archivé : il n'apparaît plus dans la liste par défaut.");
        return "redirect:/catalogue/lieux/" + id;
    }

    @PostMapping("/catalogue/lieux/{id}/desarchiver")
    String desarchiver(@PathVariable long id, RedirectAttributes redirection) {
        lieux.desarchiver(id);
        redirection.addFlashAttribute("confirmation", "Lieu désarchivé.");
        return "redirect:/catalogue/lieux/" + id;
    }

    @ExceptionHandler(LieuInconnu.class)
    ModelAndView inconnu(LieuInconnu inconnu) {
        return new ModelAndView("catalogue/inconnu", Map.of("message", inconnu.getMessage()), HttpStatus.NOT_FOUND);
    }

    /** /catalogue/lieux/abc names no site either. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView idIllisible(MethodArgumentTypeMismatchException illisible) {
        return new ModelAndView("catalogue/inconnu", Map.of("message", "Lieu d'exercice inconnu."), HttpStatus.NOT_FOUND);
    }

    private String formulaireNouveau(FormulaireLieu formulaire, List<SaisieLieu.Erreur> erreurs,
            Authentication authentication, Model model) {
        model.addAttribute("f", formulaire);
        model.addAttribute("erreurs", erreurs);
        model.addAttribute("ancres", FormulaireLieu.ancres(erreurs));
        model.addAttribute("invalides", erreurs.stream().map(e -> FormulaireLieu.idDuChamp(e.champ()))
                .collect(java.util.stream.Collectors.toSet()));
        commun(model, authentication);
        return "catalogue/nouveau";
    }

    private String fiche(LieuExercice lieu, FormulaireLieu formulaire, List<SaisieLieu.Erreur> erreurs,
            Authentication authentication, Model model) {
        model.addAttribute("lieu", lieu);
        model.addAttribute("f", formulaire);
        model.addAttribute("erreurs", erreurs);
        model.addAttribute("ancres", FormulaireLieu.ancres(erreurs));
        model.addAttribute("invalides", erreurs.stream().map(e -> FormulaireLieu.idDuChamp(e.champ()))
                .collect(java.util.stream.Collectors.toSet()));
        commun(model, authentication);
        return "catalogue/lieu";
    }

    private void commun(Model model, Authentication authentication) {
        Lecteur lecteur = Lecteur.of(authentication);
        model.addAttribute("lecteur", lecteur);
        model.addAttribute("editeur", lecteur.accompagne() || lecteur.administre());
        model.addAttribute("affichage", new Affichage(lieux.professions()));
    }

    /** Two people saving the same name and commune at once: the unique key refuses the second. */
    private static LieuxExercice.Enregistrement enregistrer(java.util.function.Supplier<LieuxExercice.Enregistrement> action) {
        try {
            return action.get();
        } catch (DataIntegrityViolationException doublon) {
            return new LieuxExercice.Enregistrement(null, List.of(LieuxExercice.doublon()));
        }
    }

    /** The page of a refused form, status 400 (BesoinsController's too). */
    static ModelAndView refus(String vue) {
        ModelAndView page = new ModelAndView(vue);
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }

    static int numero(String page) {
        try {
            return page == null ? 1 : Integer.parseInt(page.trim());
        } catch (NumberFormatException illisible) {
            return 1;
        }
    }
}
