package fr.territoire.sante.installation.accesslog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/** The access log, for the CLS's data-protection referents ({@code rgpd}) and administrators. */
@Controller
class ConsultationsController {

    private final RechercheConsultations recherche;
    private final PurgeConsultations purge;

    ConsultationsController(RechercheConsultations recherche, PurgeConsultations purge) {
        this.recherche = recherche;
        this.purge = purge;
    }

    /** The filter as typed, sent back to the form; every value is optional. */
    record Saisie(String reference, String utilisateur, String du, String au) {
        String lien(int page) {
            UriComponentsBuilder lien = UriComponentsBuilder.fromPath("/rgpd/consultations");
            ajouter(lien, "reference", reference);
            ajouter(lien, "utilisateur", utilisateur);
            ajouter(lien, "du", du);
            ajouter(lien, "au", au);
            return lien.queryParam("page", page).encode().build().toUriString();
        }

        private static void ajouter(UriComponentsBuilder lien, String nom, String valeur) {
            if (valeur != null && !valeur.isBlank()) {
                lien.queryParam(nom, valeur.strip());
            }
        }
    }

    @GetMapping("/rgpd/consultations")
    ModelAndView consultations(@RequestParam(required = false) String reference,
            @RequestParam(required = false) String utilisateur, @RequestParam(required = false) String du,
            @RequestParam(required = false) String au, @RequestParam(required = false) String page) {
        Saisie saisie = new Saisie(reference, utilisateur, du, au);
        List<String> erreurs = new ArrayList<>();
        String ref = vide(reference) ? null : reference.strip().toUpperCase(Locale.ROOT);
        if (ref != null && !ref.matches(LectureSuivie.REFERENCE)) {
            erreurs.add("Référence de dossier invalide : attendu PS-AAAA-NNNN, par exemple PS-2026-0007.");
        }
        String qui = vide(utilisateur) ? null : utilisateur.strip();
        if (qui != null && qui.length() > 100) {
            erreurs.add("Identifiant d'utilisateur trop long (100 caractères au plus).");
        }
        LocalDate debut = jour(du, "Du", erreurs);
        LocalDate fin = jour(au, "Au", erreurs);
        if (debut != null && fin != null && fin.isBefore(debut)) {
            erreurs.add("La date « Au » précède la date « Du ».");
        }
        int numero = 1;
        if (!vide(page)) {
            try {
                numero = Math.max(1, Integer.parseInt(page.strip()));
            } catch (NumberFormatException e) {
                erreurs.add("Numéro de page invalide.");
            }
        }
        ModelAndView vue = new ModelAndView("rgpd/consultations");
        vue.addObject("saisie", saisie);
        vue.addObject("erreurs", erreurs);
        vue.addObject("conservationJours", purge.conservation().toDays());
        if (!erreurs.isEmpty()) {
            vue.setStatus(HttpStatus.BAD_REQUEST);
            return vue;
        }
        RechercheConsultations.Page resultats = recherche.page(new RechercheConsultations.Critere(ref, qui, debut, fin), numero);
        vue.addObject("resultats", resultats);
        vue.addObject("precedente", numero > 1 ? saisie.lien(numero - 1) : null);
        vue.addObject("suivante", numero < resultats.nombreDePages() ? saisie.lien(numero + 1) : null);
        return vue;
    }

    private static LocalDate jour(String valeur, String nom, List<String> erreurs) {
        if (vide(valeur)) {
            return null;
        }
        try {
            return LocalDate.parse(valeur.strip());
        } catch (DateTimeParseException e) {
            erreurs.add("Date « " + nom + " » invalide : attendu AAAA-MM-JJ.");
            return null;
        }
    }

    private static boolean vide(String valeur) {
        return valeur == null || valeur.isBlank();
    }
}
