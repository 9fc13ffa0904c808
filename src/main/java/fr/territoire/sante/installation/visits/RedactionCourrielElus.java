package fr.territoire.sante.installation.visits;

import fr.territoire.sante.installation.process.Calendrier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the French subject and body of the e-mail to one commune's élus about the visits planned
 * there. The professional is named only by profession ("un(e) médecin généraliste"): the CLS may add
 * the name when sending, never by default.
 */
final class RedactionCourrielElus {

    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter HEURE = DateTimeFormatter.ofPattern("H' h 'mm", Locale.FRENCH);

    private RedactionCourrielElus() {
    }

    /** @param visites the commune's planned visits, soonest first (at least one) */
    static String objet(String commune, List<VisitePlanifiee> visites) {
        String jour = jour(visites.get(0).getDebut());
        return visites.size() == 1
                ? "Visite d'un lieu d'exercice à " + commune + " le " + jour
                : "Visites de lieux d'exercice à " + commune + " à partir du " + jour;
    }

    /**
     * @param profession the profession's label as the request form shows it
     * @param contactCls who at the CLS follows the dossier (the interview's CLS contact), or null
     */
    static String message(String commune, List<VisitePlanifiee> visites, String profession, String contactCls) {
        List<String> lignes = new ArrayList<>();
        lignes.add("Madame, Monsieur,");
        lignes.add("");
        lignes.add("Dans le cadre du protocole d'accompagnement au choix d'installation des professionnels de santé, "
                + "le CLS et la CPTS accompagnent " + professionnel(profession) + " envisageant de s'installer sur le territoire.");
        lignes.add("");
        lignes.add(visites.size() == 1 ? "Une visite est prévue à " + commune + " :" : "Des visites sont prévues à " + commune + " :");
        for (VisitePlanifiee visite : visites) {
            lignes.add("- " + creneau(visite) + " : " + visite.getLieuNom());
            presents(visite).forEach(present -> lignes.add("  " + present));
        }
        lignes.add("");
        lignes.add("Nous vous tiendrons informés des suites de cette démarche.");
        lignes.add("");
        lignes.add("Bien cordialement,");
        lignes.add(contactCls == null || contactCls.isBlank() ? "La chargée de mission du Contrat local de santé"
                : contactCls.trim() + ", Contrat local de santé");
        return String.join("\n", lignes);
    }

    /** The CLS's own words, if any, as a paragraph before the closing formula (at the end without one). */
    static String avecComplement(String message, String complement) {
        if (complement == null || complement.isBlank()) {
            return message;
        }
        int formule = message.lastIndexOf("Bien cordialement,");
        String paragraphe = complement.strip() + "\n\n";
        return formule < 0 ? message + "\n\n" + complement.strip() : message.substring(0, formule) + paragraphe + message.substring(formule);
    }

    /** "un(e) médecin généraliste"; "un(e) professionnel(le) de santé" when the profession is unknown. */
    static String professionnel(String profession) {
        if (profession == null || profession.isBlank()) {
            return "un(e) professionnel(le) de santé";
        }
        return "un(e) " + profession.trim().toLowerCase(Locale.FRENCH);
    }

    private static String creneau(VisitePlanifiee visite) {
        String debut = "le " + jour(visite.getDebut()) + " de " + heure(visite.getDebut());
        return visite.getFin() == null ? debut : debut + " à " + heure(visite.getFin());
    }

    private static List<String> presents(VisitePlanifiee visite) {
        List<String> presents = new ArrayList<>();
        ajouter(presents, "Pour le CLS : ", visite.getPresentsCls());
        ajouter(presents, "Pour la CPTS : ", visite.getPresentsCpts());
        ajouter(presents, "Pour le lieu : ", visite.getPresentsLieu());
        ajouter(presents, "Élus invités : ", visite.getElusInvites());
        return presents;
    }

    private static void ajouter(List<String> presents, String qui, String noms) {
        if (noms != null && !noms.isBlank()) {
            presents.add(qui + noms.trim().replaceAll("\\s*\\R\\s*", ", "));
        }
    }

    private static String jour(Instant instant) {
        LocalDate jour = LocalDate.ofInstant(instant, Calendrier.FUSEAU);
        return JOUR.format(jour);
    }

    private static String heure(Instant instant) {
        return HEURE.format(instant.atZone(Calendrier.FUSEAU));
    }
}
