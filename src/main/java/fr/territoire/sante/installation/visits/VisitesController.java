package fr.territoire.sante.installation.visits;

import fr.territoire.sante.installation.fiche.FichesDossier;
import fr.territoire.sante.installation.signin.Lecteur;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dossier page's visit forms (plan, move, cancel) and the invitation download. CLS and CPTS change
 * visits; pilotage gets 403 here, as it gets no section on the page. A refused form comes back on the
 * dossier page with what was typed and the French messages, status 400; a saved one redirects back
 * (post/redirect/get).
 */
@Controller
class VisitesController {

    private static final String SECTION = "#visites-planifiees";

    private final PlanningVisites planning;
    private final VisitesFiche vues;
    private final InvitationsVisite invitations;
    private final FichesDossier fiches;

    VisitesController(PlanningVisites planning, VisitesFiche vues, InvitationsVisite invitations, FichesDossier fiches) {
        this.planning = planning;
        this.vues = vues;
        this.invitations = invitations;
        this.fiches = fiches;
    }

    @PostMapping("/dossiers/{reference}/visites")
    Object planifier(@PathVariable String reference, SaisieVisite saisie, Authentication authentication, Model model,
            RedirectAttributes redirection) {
        Lecteur lecteur = editeur(authentication);
        PlanningVisites.Resultat resultat = planning.planifier(reference, saisie, lecteur.userId());
        if (!resultat.reussi()) {
            return refus(reference, lecteur, saisie, resultat.erreurs(), null, model);
        }
        redirection.addFlashAttribute("confirmationVisites", "Visite planifiée ; l'invitation part par e-mail.");
        return "redirect:/dossiers/" + reference + SECTION;
    }

    @PostMapping("/dossiers/{reference}/visites/{id}/deplacement")
    Object deplacer(@PathVariable String reference, @PathVariable long id, @RequestParam(required = false) String jour,
            @RequestParam(required = false) String debut, @RequestParam(required = false) String fin,
            Authentication authentication, Model model, RedirectAttributes redirection) {
        Lecteur lecteur = editeur(authentication);
        SaisieVisite saisie = SaisieVisite.deplacement(jour, debut, fin);
        PlanningVisites.Resultat resultat = planning.deplacer(reference, id, saisie, lecteur.userId());
        if (!resultat.reussi()) {
            return refus(reference, lecteur, SaisieVisite.vide(), resultat.erreurs(), id, model);
        }
        redirection.addFlashAttribute("confirmationVisites", "Visite déplacée ; la mise à jour part par e-mail.");
        return "redirect:/dossiers/" + reference + SECTION;
    }

    @PostMapping("/dossiers/{reference}/visites/{id}/annulation")
    String annuler(@PathVariable String reference, @PathVariable long id, Authentication authentication,
            RedirectAttributes redirection) {
        Lecteur lecteur = editeur(authentication);
        planning.annuler(reference, id, lecteur.userId());
        redirection.addFlashAttribute("confirmationVisites", "Visite annulée ; l'annulation part par e-mail.");
        return "redirect:/dossiers/" + reference + SECTION;
    }

    @GetMapping("/dossiers/{reference}/visites/{id}.ics")
    ResponseEntity<byte[]> invitation(@PathVariable String reference, @PathVariable long id, Authentication authentication) {
        if (!VisitesFiche.lit(Lecteur.of(authentication))) {
            throw new AccessDeniedException("Les invitations nomment des personnes : réservées au CLS, à la CPTS et aux administrateurs.");
        }
        var dossier = planning.dossier(reference);
        VisitePlanifiee visite = planning.visite(dossier, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(InvitationIcs.typeMime(visite)))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(InvitationIcs.NOM_FICHIER).build().toString())
                .body(invitations.fichier(visite, dossier));
    }

    @ExceptionHandler(VisiteIntrouvable.class)
    ModelAndView introuvable(VisiteIntrouvable introuvable) {
        return new ModelAndView("dossier-inconnu", Map.of("message", introuvable.getMessage()), HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView idIllisible(MethodArgumentTypeMismatchException illisible) {
        return new ModelAndView("dossier-inconnu", Map.of("message", "Visite inconnue."), HttpStatus.NOT_FOUND);
    }

    private static Lecteur editeur(Authentication authentication) {
        Lecteur lecteur = Lecteur.of(authentication);
        if (!VisitesFiche.modifie(lecteur)) {
            throw new AccessDeniedException("Seuls le CLS et la CPTS planifient les visites.");
        }
        return lecteur;
    }

    /** The whole dossier page again, the visit section holding what was typed and why it was refused. */
    private ModelAndView refus(String reference, Lecteur lecteur, SaisieVisite saisie, List<SaisieVisite.Erreur> erreurs,
            Long enErreur, Model model) {
        model.addAttribute("fiche", fiches.fiche(reference, lecteur));
        model.addAttribute("lecteur", lecteur);
        model.addAttribute("retour", "/dossiers");
        model.addAttribute("vueVisites", vues.vue(reference, lecteur, saisie, erreurs, enErreur));
        return new ModelAndView("fiche", model.asMap(), HttpStatus.BAD_REQUEST);
    }
}
