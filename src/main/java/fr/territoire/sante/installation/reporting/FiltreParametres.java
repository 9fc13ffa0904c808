package fr.territoire.sante.installation.reporting;

import fr.territoire.sante.installation.dossier.Etape;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The table's query string, as the filter form, the column headers and the export links send it:
 * {@code etape, profession, origine, commune, du, au (AAAA-MM-JJ), retard, ouverture, q, tri, sens,
 * page}. A value that does not parse is refused with a French message (400), never guessed.
 */
public record FiltreParametres(
        String etape, String profession, String origine, String commune, String du, String au,
        Boolean retard, String ouverture, String q, String tri, String sens, Integer page) {

    public Filtre filtre() {
        return new Filtre(etape(etape), blankToNull(profession), blankToNull(origine), blankToNull(commune),
                jour(du, "du"), jour(au, "au"), Boolean.TRUE.equals(retard), ouverture(ouverture), blankToNull(q));
    }

    public TableauReporting.Tri ordre() {
        if (tri == null || tri.isBlank()) {
            return TableauReporting.Tri.parDefaut();
        }
        Colonne colonne = Colonne.parCle(tri);
        if (colonne == null) {
            throw new ParametreInvalide("Tri inconnu : « " + abrege(tri) + " ».");
        }
        return new TableauReporting.Tri(colonne, !"desc".equals(sens));
    }

    public int numeroDePage() {
        if (page != null && page < 1) {
            throw new ParametreInvalide("Le numéro de page commence à 1.");
        }
        return page == null ? 1 : page;
    }

    private static Etape etape(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Etape.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            throw new ParametreInvalide("Étape inconnue : « " + abrege(value) + " ».");
        }
    }

    private static Filtre.Ouverture ouverture(String value) {
        if (value == null || value.isBlank()) {
            return Filtre.Ouverture.TOUS;
        }
        try {
            return Filtre.Ouverture.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            throw new ParametreInvalide("Choix « en cours / clos » inconnu : « " + abrege(value) + " ».");
        }
    }

    private static LocalDate jour(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException bad) {
            throw new ParametreInvalide("Date « " + name + " » invalide : attendu AAAA-MM-JJ.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String abrege(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    /** A query parameter the table cannot read: answered 400 with its message. */
    public static class ParametreInvalide extends RuntimeException {
        public ParametreInvalide(String message) {
            super(message);
        }
    }
}
