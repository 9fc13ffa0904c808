package fr.territoire.sante.installation.erasure;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierRepository;
import fr.territoire.sante.installation.process.Calendrier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The erasure of one professional's data, for the CLS's data-protection referents (group {@code rgpd}):
 * a confirmation page from the dossier page, then the record of the erasure. Glue only: the checks are
 * {@link SaisieEffacement}'s, the erasure {@link EffacementDossier}'s.
 */
@Controller
class EffacementController {

    private final DossierRepository dossiers;
    private final EffacementDossier effacement;
    private final EffacementRepository effacements;

    EffacementController(DossierRepository dossiers, EffacementDossier effacement, EffacementRepository effacements) {
        this.dossiers = dossiers;
        this.effacement = effacement;
        this.effacements = effacements;
    }

    @GetMapping("/dossiers/{reference}/effacement")
    String page(@PathVariable String reference, Model model) {
        return formulaire(dossier(reference), SaisieEffacement.vide(Calendrier.aujourdhui()), List.of(), model);
    }

    @PostMapping("/dossiers/{reference}/effacement")
    ModelAndView effacer(@PathVariable String reference, @RequestParam(required = false) String confirmation,
            @RequestParam(required = false) String demandeLe, @RequestParam(required = false) String motif,
            Authentication authentication, Model model) {
        Dossier dossier = dossier(reference);
        SaisieEffacement saisie = new SaisieEffacement(confirmation, demandeLe, motif);
        SaisieEffacement.Verdict verdict = saisie.verifier(dossier.getReference(), Calendrier.aujourdhui());
        if (!verdict.valide()) {
            return new ModelAndView(formulaire(dossier, saisie, verdict.erreurs(), model), model.asMap(), HttpStatus.BAD_REQUEST);
        }
        Effacement fait = effacement.effacer(dossier.getReference(), verdict.motifChoisi(), verdict.jour(), authentication.getName());
        return new ModelAndView("redirect:/effacements/" + fait.getId());
    }

    @GetMapping("/effacements/{id}")
    String effacement(@PathVariable long id, Model model) {
        model.addAttribute("effacement", effacements.findById(id).orElseThrow(() -> new EffacementInconnu(id)));
        return "effacement/effectue";
    }

    private String formulaire(Dossier dossier, SaisieEffacement saisie, List<SaisieEffacement.Erreur> erreurs, Model model) {
        model.addAttribute("dossier", dossier);
        model.addAttribute("saisie", saisie);
        model.addAttribute("erreurs", erreurs);
        Set<String> invalides = erreurs.stream().map(SaisieEffacement.Erreur::champ).collect(Collectors.toSet());
        model.addAttribute("invalides", invalides);
        model.addAttribute("motifs", SaisieEffacement.motifs());
        model.addAttribute("aujourdhui", Calendrier.aujourdhui());
        return "effacement/confirmation";
    }

    private Dossier dossier(String reference) {
        return dossiers.findByReference(reference).filter(d -> !d.getReference().startsWith("ANONYME-"))
                .orElseThrow(() -> new DossierIntrouvable(reference));
    }

    @ExceptionHandler({DossierIntrouvable.class, EffacementInconnu.class})
    ModelAndView introuvable(RuntimeException e) {
        ModelAndView page = new ModelAndView("dossier-inconnu", HttpStatus.NOT_FOUND);
        page.addObject("message", e.getMessage());
        return page;
    }

    /** Someone completed a step of the dossier at the same instant: the erasure rolled back whole. */
    @ExceptionHandler({OptimisticLockingException.class, ConcurrencyFailureException.class})
    ModelAndView concurrent(RuntimeException e) {
        return new ModelAndView("erreur", Map.of("message", "Le dossier a été modifié pendant l'effacement : rien n'a été effacé."
                + " Rouvrez le dossier et recommencez."), HttpStatus.CONFLICT);
    }

    static class EffacementInconnu extends RuntimeException {
        EffacementInconnu(long id) {
            super("Aucun effacement ne porte le numéro " + id + ".");
        }
    }
}
