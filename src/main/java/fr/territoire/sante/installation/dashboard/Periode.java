package fr.territoire.sante.installation.dashboard;

import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.reporting.FiltreParametres.ParametreInvalide;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;

/**
 * The dashboard's period: the dossiers whose request arrived from {@code du} to {@code au}, both days
 * included (Paris time). Chosen from a few presets or typed as two dates.
 */
public record Periode(LocalDate du, LocalDate au, String choix) {

    static final ZoneId PARIS = Calendrier.FUSEAU; // the project's one time zone
    static final String PAR_DEFAUT = "12-mois";
    private static final LocalDate PREMIER_JOUR_ACCEPTE = LocalDate.of(2000, 1, 1);

    /** The presets offered by the selector, value → label. */
    enum Choix {
        TRIMESTRE("trimestre", "Trimestre en cours"),
        ANNEE("annee", "Année en cours"),
        DOUZE_MOIS("12-mois", "12 derniers mois"),
        TOUT("tout", "Depuis le début"),
        DATES("dates", "Dates choisies");

        final String valeur;
        final String libelle;

        Choix(String valeur, String libelle) {
            this.valeur = valeur;
            this.libelle = libelle;
        }

        public String getValeur() {
            return valeur;
        }

        public String getLibelle() {
            return libelle;
        }
    }

    /** Reads the selector's parameters; a bad value is a French 400, never a silent default. */
    static Periode lire(String choix, String du, String au, LocalDate aujourdhui) {
        String valeur = choix == null || choix.isBlank() ? (du != null || au != null ? "dates" : PAR_DEFAUT) : choix;
        return switch (valeur) {
            case "trimestre" -> new Periode(aujourdhui.with(IsoFields.DAY_OF_QUARTER, 1), aujourdhui, valeur);
            case "annee" -> new Periode(aujourdhui.withDayOfYear(1), aujourdhui, valeur);
            case "12-mois" -> new Periode(aujourdhui.minusMonths(12).plusDays(1), aujourdhui, valeur);
            case "tout" -> new Periode(PREMIER_JOUR_ACCEPTE, aujourdhui, valeur);
            case "dates" -> dates(du, au);
            default -> throw new ParametreInvalide("Période « " + abrege(valeur) + " » inconnue.");
        };
    }

    /** Two typed dates (AAAA-MM-JJ), checked as the selector does; public for the periodic reports' form. */
    public static Periode dates(String du, String au) {
        LocalDate debut = date("du", du);
        LocalDate fin = date("au", au);
        if (fin.isBefore(debut)) {
            throw new ParametreInvalide("La date de fin (« au ») précède la date de début (« du »).");
        }
        if (debut.isBefore(PREMIER_JOUR_ACCEPTE) || fin.getYear() > 2100) {
            throw new ParametreInvalide("Choisissez des dates entre 2000 et 2100.");
        }
        return new Periode(debut, fin, "dates");
    }

    private static LocalDate date(String nom, String saisie) {
        if (saisie == null || saisie.isBlank()) {
            throw new ParametreInvalide("Indiquez la date « " + nom + " » (jj/mm/aaaa) ou choisissez une période.");
        }
        try {
            return LocalDate.parse(saisie.trim());
        } catch (DateTimeParseException e) {
            throw new ParametreInvalide("Date « " + nom + " » illisible : attendu AAAA-MM-JJ.");
        }
    }

    private static String abrege(String saisie) {
        return saisie.length() > 30 ? saisie.substring(0, 30) + "…" : saisie;
    }

    Instant debut() {
        return du.atStartOfDay(PARIS).toInstant();
    }

    /** Exclusive end: the start of the day after {@code au}. */
    Instant fin() {
        return au.plusDays(1).atStartOfDay(PARIS).toInstant();
    }

    public String libelle() {
        return "du " + Dates.jour(du) + " au " + Dates.jour(au);
    }

    /** Query parameters that give this period back, for links (CSV downloads). */
    public String parametres() {
        return "dates".equals(choix) ? "du=" + du + "&au=" + au : "periode=" + choix;
    }
}
