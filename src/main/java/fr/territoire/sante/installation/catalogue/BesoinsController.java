package fr.territoire.sante.installation.catalogue;

import fr.territoire.sante.installation.catalogue.SaisieLieu.Erreur;
import fr.territoire.sante.installation.signin.Lecteur;
import java.util.Arrays;
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
 * The territory needs' pages, as the practice sites' ({@link CatalogueController}): everyone on staff
 * reads them, only editors get the forms (SecurityConfiguration refuses any other POST). The form binds
 * straight to a {@link SaisieBesoin}: every field a text, so a refused form comes back as typed, status 400.
 */
@Controller
class BesoinsController {

    /** The form's input ids, in {@link SaisieBesoin#COLONNES} order (the messages name fields by those labels). */
    private static final List<String> IDS =
            List.of("commune", "profession", "urgence", "source", "dateSignalement", "statut", "commentaire");

    private final BesoinsTerritoire besoins;

    BesoinsController(BesoinsTerritoire besoins) {
        this.besoins = besoins;
    }

    @GetMapping("/catalogue/besoins")
    String liste(@RequestParam(required = false) String q, @RequestParam(required = false) String statut,
            @RequestParam(required = false) String profession, @RequestParam(required = false) String urgence,
            @RequestParam(required = false) String archives, @RequestParam(required = false) String page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Authentication authentication, Model model) {
        RechercheBesoins recherche = new RechercheBesoins(q, statut, profession, urgence, "true".equals(archives));
        model.addAttribute("r", recherche);
        model.addAttribute("page", besoins.page(recherche, CatalogueController.numero(page)));
        commun(model, authentication);
        return htmx != null ? "catalogue/besoins-liste :: resultats" : "catalogue/besoins-liste";
    }

    @GetMapping("/catalogue/besoins/nouveau")
    String nouveau(Authentication authentication, Model model) {
        SaisieBesoin vide = new SaisieBesoin("", "", "", "", "", StatutBesoin.OUVERT.name(), "");
        return formulaire("catalogue/besoins-nouveau", null, vide, List.of(), authentication, model);
    }

    @PostMapping("/catalogue/besoins")
    Object creer(@ModelAttribute("f") SaisieBesoin saisie, Authentication authentication, Model model,
            RedirectAttributes redirection) {
        BesoinsTerritoire.Enregistrement enregistrement = enregistrer(() -> besoins.creer(saisie));
        if (!enregistrement.reussi()) {
            return CatalogueController.refus(formulaire("catalogue/besoins-nouveau", null, saisie, enregistrement.erreurs(), authentication, model));
        }
        redirection.addFlashAttribute("confirmation", "Besoin ajouté au catalogue.");
        return "redirect:/catalogue/besoins/" + enregistrement.id();
    }

    @GetMapping("/catalogue/besoins/{id}")
    String besoin(@PathVariable long id, Authentication authentication, Model model) {
        BesoinTerritoire besoin = besoins.besoin(id).orElseThrow(() -> new BesoinInconnu(id));
        return formulaire("catalogue/besoins-fiche", besoin, SaisieBesoin.de(besoin, besoins.professions()), List.of(),
                authentication, model);
    }

    @PostMapping("/catalogue/besoins/{id}")
    Object modifier(@PathVariable long id, @ModelAttribute("f") SaisieBesoin saisie, Authentication authentication,
            Model model, RedirectAttributes redirection) {
        BesoinsTerritoire.Enregistrement enregistrement = enregistrer(() -> besoins.modifier(id, saisie));
        if (!enregistrement.reussi()) {
            BesoinTerritoire besoin = besoins.besoin(id).orElseThrow(() -> new BesoinInconnu(id));
            return CatalogueController.refus(formulaire("catalogue/besoins-fiche", besoin, saisie, enregistrement.erreurs(), authentication, model));
        }
        redirection.addFlashAttribute("confirmation", "Modifications enregistrées.");
        return "redirect:/catalogue/besoins/" + id;
    }

    @PostMapping("/catalogue/besoins/{id}/archiver")
    String archiver(@PathVariable long id, RedirectAttributes redirection) {
        besoins.archiver(id);
        redirection.addFlashAttribute("confirmation", "Besoin archivé : il n'apparaît plus dans la liste par défaut.");
        return "redirect:/catalogue/besoins/" + id;
    }

    @PostMapping("/catalogue/besoins/{id}/desarchiver")
    String desarchiver(@PathVariable long id, RedirectAttributes redirection) {
        besoins.desarchiver(id);
        redirection.addFlashAttribute("confirmation", "Besoin désarchivé.");
        return "redirect:/catalogue/besoins/" + id;
    }

    @ExceptionHandler(BesoinInconnu.class)
    ModelAndView inconnu(BesoinInconnu inconnu) {
        return pageInconnu(inconnu.getMessage());
    }

    /** /catalogue/besoins/abc names no need either. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView idIllisible(MethodArgumentTypeMismatchException illisible) {
        return pageInconnu("Besoin du territoire inconnu.");
    }

    private static ModelAndView pageInconnu(String message) {
        return new ModelAndView("catalogue/inconnu", Map.of("message", message, "titre", "Besoin du territoire inconnu",
                "retour", "/catalogue/besoins", "retourLibelle", "catalogue des besoins du territoire"), HttpStatus.NOT_FOUND);
    }

    private String formulaire(String vue, BesoinTerritoire besoin, SaisieBesoin saisie, List<Erreur> erreurs,
            Authentication authentication, Model model) {
        model.addAttribute("besoin", besoin);
        model.addAttribute("f", saisie);
        model.addAttribute("erreurs", erreurs);
        model.addAttribute("ancres", erreurs.stream().map(e -> new FormulaireLieu.Ancre(idDuChamp(e.champ()), e.toString())).toList());
        model.addAttribute("invalides", erreurs.stream().map(e -> idDuChamp(e.champ())).collect(Collectors.toSet()));
        commun(model, authentication);
        return vue;
    }

    private static String idDuChamp(String champ) {
        int i = SaisieBesoin.COLONNES.indexOf(champ);
        return i < 0 ? "commune" : IDS.get(i);
    }

    private void commun(Model model, Authentication authentication) {
        Lecteur lecteur = Lecteur.of(authentication);
        model.addAttribute("lecteur", lecteur);
        model.addAttribute("editeur", lecteur.accompagne() || lecteur.administre());
        model.addAttribute("professions", besoins.professions());
        model.addAttribute("urgences", Arrays.asList(UrgenceBesoin.values()));
        model.addAttribute("sources", Arrays.asList(SourceBesoin.values()));
        model.addAttribute("statuts", Arrays.asList(StatutBesoin.values()));
    }

    /** Two people saving the same need at once: the unique key refuses the second. */
    private static BesoinsTerritoire.Enregistrement enregistrer(java.util.function.Supplier<BesoinsTerritoire.Enregistrement> action) {
        try {
            return action.get();
        } catch (DataIntegrityViolationException doublon) {
            return new BesoinsTerritoire.Enregistrement(null, List.of(BesoinsTerritoire.doublon()));
        }
    }
}
