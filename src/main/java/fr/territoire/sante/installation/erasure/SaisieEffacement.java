package fr.territoire.sante.installation.erasure;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the referent typed on the erasure page, checked: the reference retyped exactly (so that a dossier
 * is never erased by a slip of the mouse), the day the professional asked (a past day or today), a reason
 * from the closed list.
 */
record SaisieEffacement(String reference, String demandeLe, String motif) {

    record Erreur(String champ, String message) {
    }

    /** A checked request, or the French messages of what to correct (each naming its field). */
    record Verdict(List<Erreur> erreurs, LocalDate jour, MotifEffacement motifChoisi) {
        boolean valide() {
            return erreurs.isEmpty();
        }
    }

    static SaisieEffacement vide(LocalDate aujourdhui) {
        return new SaisieEffacement("", aujourdhui.toString(), "");
    }

    Verdict verifier(String referenceDuDossier, LocalDate aujourdhui) {
        List<Erreur> erreurs = new ArrayList<>();
        if (reference == null || reference.isBlank()) {
            erreurs.add(new Erreur("reference", "Saisissez la référence du dossier pour confirmer l'effacement."));
        } else if (!reference.strip().toUpperCase(Locale.ROOT).equals(referenceDuDossier)) {
            erreurs.add(new Erreur("reference", "La référence saisie ne correspond pas à celle du dossier (" + referenceDuDossier + ")."));
        }
        LocalDate jour = null;
        if (demandeLe == null || demandeLe.isBlank()) {
            erreurs.add(new Erreur("demandeLe", "Indiquez la date de la demande du professionnel."));
        } else {
            try {
                jour = LocalDate.parse(demandeLe.strip());
                if (jour.isAfter(aujourdhui)) {
                    erreurs.add(new Erreur("demandeLe", "La date de la demande ne peut pas être dans le futur."));
                }
            } catch (DateTimeParseException e) {
                erreurs.add(new Erreur("demandeLe", "La date de la demande n'est pas une date valide (jj/mm/aaaa)."));
            }
        }
        MotifEffacement choisi = MotifEffacement.surDemande().stream().filter(m -> m.name().equals(motif)).findFirst().orElse(null);
        if (choisi == null) {
            erreurs.add(new Erreur("motif", "Choisissez le motif de la demande parmi ceux proposés."));
        }
        return new Verdict(List.copyOf(erreurs), jour, choisi);
    }

    static List<MotifEffacement> motifs() {
        return Arrays.asList(MotifEffacement.surDemande().toArray(MotifEffacement[]::new));
    }
}
