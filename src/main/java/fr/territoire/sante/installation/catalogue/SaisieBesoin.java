package fr.territoire.sante.installation.catalogue;

import static fr.territoire.sante.installation.catalogue.SaisieLieu.abrege;
import static fr.territoire.sante.installation.catalogue.SaisieLieu.blanc;
import static fr.territoire.sante.installation.catalogue.SaisieLieu.longueur;
import static fr.territoire.sante.installation.catalogue.SaisieLieu.requis;
import static fr.territoire.sante.installation.catalogue.SaisieLieu.texte;
import static fr.territoire.sante.installation.catalogue.SaisieLieu.vide;

import fr.territoire.sante.installation.catalogue.SaisieLieu.Erreur;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A territory need as a person typed it, in the page's form or in a row of an imported file: every value
 * a text, checked here once for both, each refusal a French message naming the field (the same
 * {@link Erreur} as the sites'). Profession by the request form's value or label; urgency, source and
 * status by name or label; the date as AAAA-MM-JJ or JJ/MM/AAAA, never after today. A blank status is
 * "ouvert".
 */
public record SaisieBesoin(
        String commune,
        String profession,
        String urgence,
        String source,
        String dateSignalement,
        String statut,
        String commentaire) {

    private static final DateTimeFormatter FRANCAISE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** The column headers of imports and exports, in the order of the record's components; also the fields' names. */
    public static final List<String> COLONNES = List.of("Commune", "Profession recherchée", "Urgence", "Source",
            "Date de signalement", "Statut", "Commentaire");

    /** {@code professions}: the request form's options, value → label; {@code aujourdhui}: the territory's day. */
    public List<Erreur> erreurs(Map<String, String> professions, LocalDate aujourdhui) {
        List<Erreur> erreurs = new ArrayList<>();
        requis(erreurs, "Commune", commune, 200);
        if (blanc(profession)) {
            erreurs.add(new Erreur("Profession recherchée", "obligatoire."));
        } else if (SaisieLieu.profession(profession.trim(), professions) == null) {
            erreurs.add(new Erreur("Profession recherchée",
                    "« " + abrege(profession.trim()) + " » n'est pas une profession du formulaire de demande."));
        }
        choix(erreurs, "Urgence", urgence, UrgenceBesoin.class, UrgenceBesoin::libelle, true);
        choix(erreurs, "Source", source, SourceBesoin.class, SourceBesoin::libelle, true);
        if (blanc(dateSignalement)) {
            erreurs.add(new Erreur("Date de signalement", "obligatoire."));
        } else if (date() == null) {
            erreurs.add(new Erreur("Date de signalement", "date attendue au format AAAA-MM-JJ ou JJ/MM/AAAA."));
        } else if (date().isAfter(aujourdhui)) {
            erreurs.add(new Erreur("Date de signalement", "ne peut pas être dans le futur."));
        }
        choix(erreurs, "Statut", statut, StatutBesoin.class, StatutBesoin::libelle, false);
        longueur(erreurs, "Commentaire", commentaire, 2000);
        return erreurs;
    }

    /** The key of the need this entry describes (call only when {@link #erreurs} found none). */
    public String cle(Map<String, String> professions) {
        return BesoinTerritoire.cle(commune, SaisieLieu.profession(profession.trim(), professions), sourceBesoin(), date());
    }

    /** Writes the checked values on the need (call only when {@link #erreurs} found none). */
    public void appliquer(BesoinTerritoire besoin, Map<String, String> professions, Instant now) {
        besoin.identifier(commune, SaisieLieu.profession(profession.trim(), professions), sourceBesoin(), date());
        besoin.setUrgence(valeur(UrgenceBesoin.class, urgence, UrgenceBesoin::libelle));
        besoin.setStatut(blanc(statut) ? StatutBesoin.OUVERT : valeur(StatutBesoin.class, statut, StatutBesoin::libelle));
        besoin.setCommentaire(texte(commentaire));
        besoin.modifie(now);
    }

    /** The need as a person would type it back: the inverse of {@link #appliquer}, for forms and exports. */
    public static SaisieBesoin de(BesoinTerritoire besoin, Map<String, String> professions) {
        return new SaisieBesoin(besoin.getCommune(), professions.getOrDefault(besoin.getProfession(), besoin.getProfession()),
                besoin.getUrgence().libelle(), besoin.getSource().libelle(), besoin.getDateSignalement().toString(),
                besoin.getStatut().libelle(), vide(besoin.getCommentaire()));
    }

    /** The values in {@link #COLONNES} order. */
    public List<String> enColonnes() {
        return List.of(commune, profession, urgence, source, dateSignalement, statut, commentaire);
    }

    /** A row read in {@link #COLONNES} order (missing trailing cells read as empty). */
    public static SaisieBesoin depuisColonnes(List<String> cellules) {
        String[] v = new String[COLONNES.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = i < cellules.size() && cellules.get(i) != null ? cellules.get(i) : "";
        }
        return new SaisieBesoin(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
    }

    SourceBesoin sourceBesoin() {
        return valeur(SourceBesoin.class, source, SourceBesoin::libelle);
    }

    /** The date typed, or null when it is neither AAAA-MM-JJ nor JJ/MM/AAAA or no such day exists. */
    LocalDate date() {
        String saisie = dateSignalement.trim();
        try {
            return saisie.contains("/") ? LocalDate.parse(saisie, FRANCAISE) : LocalDate.parse(saisie);
        } catch (DateTimeParseException illisible) {
            return null;
        }
    }

    /** A value typed as its enum name or its label, case-insensitive; null when unknown. */
    static <E extends Enum<E>> E valeur(Class<E> type, String saisie, Function<E, String> libelle) {
        if (blanc(saisie)) {
            return null;
        }
        for (E candidate : type.getEnumConstants()) {
            if (candidate.name().equalsIgnoreCase(saisie.trim()) || libelle.apply(candidate).equalsIgnoreCase(saisie.trim())) {
                return candidate;
            }
        }
        return null;
    }

    private static <E extends Enum<E>> void choix(List<Erreur> erreurs, String champ, String saisie, Class<E> type,
            Function<E, String> libelle, boolean requis) {
        if (blanc(saisie)) {
            if (requis) {
                erreurs.add(new Erreur(champ, "obligatoire."));
            }
        } else if (valeur(type, saisie, libelle) == null) {
            erreurs.add(new Erreur(champ, "« " + abrege(saisie.trim()) + " » inconnu ("
                    + Arrays.stream(type.getEnumConstants()).map(libelle).collect(Collectors.joining(", ")) + ")."));
        }
    }
}
