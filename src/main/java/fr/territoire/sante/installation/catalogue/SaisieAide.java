package fr.territoire.sante.installation.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An installation aid as a person typed it, in the page's form or in a row of an imported file: every
 * value a text, checked here once for both, each refusal a French message naming the field. Professions
 * are the request form's values or labels separated by ";" (none: every profession); dates are AAAA-MM-JJ
 * or JJ/MM/AAAA.
 */
public record SaisieAide(
        String intitule,
        String categorie,
        String porteur,
        String territoire,
        String professions,
        String contactNom,
        String contactEmail,
        String contactTelephone,
        String valideDu,
        String valideJusquAu,
        String description,
        String lien) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern LIEN = Pattern.compile("^(?i)https?://[^\\s/]+\\S*$");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter FRANCAIS = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** {@code professions}: the request form's profession options, value → label. */
    public List<SaisieLieu.Erreur> erreurs(Map<String, String> connues) {
        List<SaisieLieu.Erreur> erreurs = new ArrayList<>();
        requis(erreurs, "Intitulé", intitule, 200);
        requis(erreurs, "Territoire", territoire, 200);
        if (blanc(categorie)) {
            erreurs.add(new SaisieLieu.Erreur("Catégorie", "obligatoire."));
        } else if (CategorieAide.lire(categorie) == null) {
            erreurs.add(new SaisieLieu.Erreur("Catégorie", "inconnue (" + Arrays.stream(CategorieAide.values())
                    .map(CategorieAide::libelle).collect(Collectors.joining(", ")) + ")."));
        }
        longueur(erreurs, "Porteur", porteur, 200);
        for (String p : SaisieLieu.valeurs(professions)) {
            if (profession(p, connues) == null) {
                erreurs.add(new SaisieLieu.Erreur("Professions concernées",
                        "« " + abrege(p) + " » n'est pas une profession du formulaire de demande."));
            }
        }
        longueur(erreurs, "Contact : nom", contactNom, 200);
        if (!blanc(contactEmail)) {
            longueur(erreurs, "Contact : e-mail", contactEmail, 254);
            if (!EMAIL.matcher(contactEmail.trim()).matches()) {
                erreurs.add(new SaisieLieu.Erreur("Contact : e-mail", "adresse e-mail invalide."));
            }
        }
        longueur(erreurs, "Contact : téléphone", contactTelephone, 30);
        boolean du = date(erreurs, "Valable du", valideDu);
        boolean au = date(erreurs, "Valable jusqu'au", valideJusquAu);
        if (du && au && !blanc(valideDu) && !blanc(valideJusquAu) && date(valideJusquAu).isBefore(date(valideDu))) {
            erreurs.add(new SaisieLieu.Erreur("Valable jusqu'au", "doit être le même jour ou après « Valable du »."));
        }
        longueur(erreurs, "Description", description, 4000);
        if (!blanc(lien)) {
            longueur(erreurs, "Lien", lien, 500);
            if (!LIEN.matcher(lien.trim()).matches()) {
                erreurs.add(new SaisieLieu.Erreur("Lien", "une adresse web commençant par http:// ou https://."));
            }
        }
        return erreurs;
    }

    /** Writes the checked values on the aid (call only when {@link #erreurs} found none). */
    public void appliquer(AideInstallation aide, Map<String, String> connues, Instant now) {
        aide.renommer(intitule, territoire);
        aide.setCategorie(CategorieAide.lire(categorie));
        aide.setPorteur(texte(porteur));
        List<String> valeurs = SaisieLieu.valeurs(professions).stream().map(p -> profession(p, connues)).toList();
        aide.setProfessions(valeurs.isEmpty() ? null : String.join(";", new LinkedHashSet<>(valeurs)));
        aide.setContactNom(texte(contactNom));
        aide.setContactEmail(texte(contactEmail));
        aide.setContactTelephone(texte(contactTelephone));
        aide.setValideDu(blanc(valideDu) ? null : date(valideDu));
        aide.setValideJusquAu(blanc(valideJusquAu) ? null : date(valideJusquAu));
        aide.setDescription(texte(description));
        aide.setLien(texte(lien));
        aide.modifie(now);
    }

    /** The aid as a person would type it back: the inverse of {@link #appliquer}, for forms and exports. */
    public static SaisieAide de(AideInstallation aide, Map<String, String> connues) {
        return new SaisieAide(aide.getIntitule(), aide.getCategorie().libelle(), vide(aide.getPorteur()), aide.getTerritoire(),
                SaisieLieu.valeurs(aide.getProfessions()).stream().map(v -> connues.getOrDefault(v, v))
                        .collect(Collectors.joining(" ; ")),
                vide(aide.getContactNom()), vide(aide.getContactEmail()), vide(aide.getContactTelephone()),
                aide.getValideDu() == null ? "" : FRANCAIS.format(aide.getValideDu()),
                aide.getValideJusquAu() == null ? "" : FRANCAIS.format(aide.getValideJusquAu()),
                vide(aide.getDescription()), vide(aide.getLien()));
    }

    /** The column headers of imports and exports, in the order of the record's components. */
    public static final List<String> COLONNES = List.of("Intitulé", "Catégorie", "Porteur", "Territoire",
            "Professions concernées", "Contact : nom", "Contact : e-mail", "Contact : téléphone", "Valable du",
            "Valable jusqu'au", "Description", "Lien");

    /** The values in {@link #COLONNES} order. */
    public List<String> enColonnes() {
        return List.of(intitule, categorie, porteur, territoire, professions, contactNom, contactEmail, contactTelephone,
                valideDu, valideJusquAu, description, lien);
    }

    /** A row read in {@link #COLONNES} order (missing trailing cells read as empty). */
    public static SaisieAide depuisColonnes(List<String> cellules) {
        String[] v = new String[COLONNES.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = i < cellules.size() && cellules.get(i) != null ? cellules.get(i) : "";
        }
        return new SaisieAide(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11]);
    }

    /** A date typed AAAA-MM-JJ or JJ/MM/AAAA, or null if it is neither (or no such day). */
    static LocalDate date(String saisie) {
        String valeur = saisie.trim();
        for (DateTimeFormatter format : List.of(ISO, FRANCAIS)) {
            try {
                return LocalDate.parse(valeur, format);
            } catch (DateTimeParseException autreFormat) {
                // try the next format
            }
        }
        return null;
    }

    /** A profession typed as its value or its label: the stored value, or null if unknown. */
    private static String profession(String saisie, Map<String, String> connues) {
        for (Map.Entry<String, String> option : connues.entrySet()) {
            if (option.getKey().equalsIgnoreCase(saisie) || option.getValue().equalsIgnoreCase(saisie)) {
                return option.getKey();
            }
        }
        return null;
    }

    private static boolean date(List<SaisieLieu.Erreur> erreurs, String champ, String valeur) {
        if (!blanc(valeur) && date(valeur) == null) {
            erreurs.add(new SaisieLieu.Erreur(champ, "une date AAAA-MM-JJ ou JJ/MM/AAAA, par exemple 31/12/2026."));
            return false;
        }
        return true;
    }

    private static void requis(List<SaisieLieu.Erreur> erreurs, String champ, String valeur, int max) {
        if (blanc(valeur)) {
            erreurs.add(new SaisieLieu.Erreur(champ, "obligatoire."));
        } else {
            longueur(erreurs, champ, valeur, max);
        }
    }

    private static void longueur(List<SaisieLieu.Erreur> erreurs, String champ, String valeur, int max) {
        if (valeur != null && valeur.trim().length() > max) {
            erreurs.add(new SaisieLieu.Erreur(champ, "au plus " + max + " caractères (" + valeur.trim().length() + " saisis)."));
        }
    }

    private static String texte(String valeur) {
        return blanc(valeur) ? null : valeur.trim();
    }

    private static String vide(String valeur) {
        return valeur == null ? "" : valeur;
    }

    private static boolean blanc(String valeur) {
        return valeur == null || valeur.isBlank();
    }

    private static String abrege(String valeur) {
        return valeur.length() > 40 ? valeur.substring(0, 40) + "…" : valeur;
    }
}
