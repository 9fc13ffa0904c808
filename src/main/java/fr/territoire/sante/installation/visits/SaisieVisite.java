package fr.territoire.sante.installation.visits;

import fr.territoire.sante.installation.process.Calendrier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A visit as a CLS or CPTS member typed it (page form or JSON): every value a text, checked here once —
 * a proposed site chosen, a day today or later, a start before the end, lengths — each refusal a French
 * message naming the field. A move only carries the day and times ({@link #creneau}).
 */
public record SaisieVisite(String lieuProposeId, String jour, String debut, String fin, String presentsCls,
        String presentsCpts, String presentsLieu, String elusInvites) {

    static final int LONGUEUR_PRESENTS = 500;
    private static final DateTimeFormatter HEURE = DateTimeFormatter.ofPattern("H:mm");
    private static final DateTimeFormatter JOUR_SAISI = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    /** One refusal: the field's id in the form, its label, and why. */
    public record Erreur(String champ, String libelle, String message) {
        @Override
        public String toString() {
            return "« " + libelle + " » : " + message;
        }
    }

    /** The day and times of a visit, in the territory's time zone. */
    public record Creneau(Instant debut, Instant fin) {
    }

    public static SaisieVisite vide() {
        return new SaisieVisite(null, null, null, null, null, null, null, null);
    }

    /** A move: the same checks on the day and times alone. */
    public static SaisieVisite deplacement(String jour, String debut, String fin) {
        return new SaisieVisite(null, jour, debut, fin, null, null, null, null);
    }

    public List<Erreur> erreurs() {
        List<Erreur> erreurs = new ArrayList<>();
        if (blanc(lieuProposeId)) {
            erreurs.add(new Erreur("lieuProposeId", "Lieu visité", "choisissez un des lieux proposés par le croisement."));
        } else if (lieuPropose() == null) {
            erreurs.add(new Erreur("lieuProposeId", "Lieu visité", "ce lieu n'est pas un des lieux proposés."));
        }
        erreurs.addAll(erreursCreneau());
        longueur(erreurs, "presentsCls", "Présents pour le CLS", presentsCls);
        longueur(erreurs, "presentsCpts", "Présents pour la CPTS", presentsCpts);
        longueur(erreurs, "presentsLieu", "Présents pour le lieu", presentsLieu);
        longueur(erreurs, "elusInvites", "Élus invités", elusInvites);
        return erreurs;
    }

    public List<Erreur> erreursCreneau() {
        List<Erreur> erreurs = new ArrayList<>();
        LocalDate date = date();
        if (blanc(jour)) {
            erreurs.add(new Erreur("jour", "Date de la visite", "obligatoire."));
        } else if (date == null) {
            erreurs.add(new Erreur("jour", "Date de la visite", "une date au format jj/mm/aaaa."));
        } else if (date.isBefore(Calendrier.aujourdhui())) {
            erreurs.add(new Erreur("jour", "Date de la visite", "aujourd'hui ou une date à venir."));
        }
        LocalTime heureDebut = heure(debut);
        LocalTime heureFin = heure(fin);
        if (blanc(debut)) {
            erreurs.add(new Erreur("debut", "Heure de début", "obligatoire."));
        } else if (heureDebut == null) {
            erreurs.add(new Erreur("debut", "Heure de début", "une heure au format hh:mm."));
        }
        if (blanc(fin)) {
            erreurs.add(new Erreur("fin", "Heure de fin", "obligatoire."));
        } else if (heureFin == null) {
            erreurs.add(new Erreur("fin", "Heure de fin", "une heure au format hh:mm."));
        } else if (heureDebut != null && !heureFin.isAfter(heureDebut)) {
            erreurs.add(new Erreur("fin", "Heure de fin", "après l'heure de début."));
        }
        return erreurs;
    }

    /** Call only once {@link #erreursCreneau()} is empty. */
    public Creneau creneau() {
        return new Creneau(Calendrier.le(date(), heure(debut)), Calendrier.le(date(), heure(fin)));
    }

    public Long lieuPropose() {
        try {
            return blanc(lieuProposeId) ? null : Long.valueOf(lieuProposeId.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String texte(String valeur) {
        return blanc(valeur) ? null : valeur.strip();
    }

    private LocalDate date() {
        if (blanc(jour)) {
            return null;
        }
        String valeur = jour.strip();
        try {
            // The browser's date field sends yyyy-MM-dd; a person typing in a plain field writes dd/MM/yyyy.
            return valeur.contains("/") ? LocalDate.parse(valeur, JOUR_SAISI)
                    : LocalDate.parse(valeur);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalTime heure(String valeur) {
        if (blanc(valeur)) {
            return null;
        }
        try {
            return LocalTime.parse(valeur.strip().replace('h', ':'), HEURE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void longueur(List<Erreur> erreurs, String champ, String libelle, String valeur) {
        if (valeur != null && valeur.strip().length() > LONGUEUR_PRESENTS) {
            erreurs.add(new Erreur(champ, libelle, LONGUEUR_PRESENTS + " caractères au plus."));
        }
    }

    private static boolean blanc(String valeur) {
        return valeur == null || valeur.isBlank();
    }
}
