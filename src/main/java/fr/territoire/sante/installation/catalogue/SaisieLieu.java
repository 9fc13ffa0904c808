package fr.territoire.sante.installation.catalogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A practice site as a person typed it, in the page's form or in a row of an imported file: every value
 * a text, checked here once for both (required fields, lengths, known values, e-mail, rent), each refusal
 * a French message naming the field. Multi-valued fields are values separated by ";" (professions by the
 * request form's values or labels, modes by name or label); élus are "Nom | fonction | e-mail" separated
 * by ";".
 */
public record SaisieLieu(
        String nom,
        String type,
        String commune,
        String intercommunalite,
        String professionsPresentes,
        String professionsRecherchees,
        String modesExercice,
        String equipePluriprofessionnelle,
        String locauxDisponibles,
        String descriptionLocaux,
        String loyerMensuel,
        String secretariat,
        String projetSante,
        String contactNom,
        String contactFonction,
        String contactEmail,
        String contactTelephone,
        String elus) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** One refusal: the field as the page labels it, and why. */
    public record Erreur(String champ, String message) {
        @Override
        public String toString() {
            return "« " + champ + " » : " + message;
        }
    }

    /** {@code professions}: the request form's profession options, value → label. */
    public List<Erreur> erreurs(Map<String, String> professions) {
        List<Erreur> erreurs = new ArrayList<>();
        requis(erreurs, "Nom du lieu", nom, 200);
        requis(erreurs, "Commune", commune, 200);
        if (blanc(type)) {
            erreurs.add(new Erreur("Type de lieu", "obligatoire."));
        } else if (typeLieu() == null) {
            erreurs.add(new Erreur("Type de lieu", "inconnu (" + Arrays.stream(TypeLieu.values()).map(TypeLieu::libelle)
                    .collect(Collectors.joining(", ")) + ")."));
        }
        longueur(erreurs, "Intercommunalité", intercommunalite, 200);
        professions(erreurs, "Professions présentes", professionsPresentes, professions);
        professions(erreurs, "Professions recherchées", professionsRecherchees, professions);
        for (String mode : valeurs(modesExercice)) {
            if (mode(mode) == null) {
                erreurs.add(new Erreur("Modes d'exercice", "« " + abrege(mode) + " » inconnu (libéral, salariat, mixte)."));
            }
        }
        oui(erreurs, "Équipe pluriprofessionnelle", equipePluriprofessionnelle);
        oui(erreurs, "Locaux disponibles", locauxDisponibles);
        longueur(erreurs, "Description des locaux", descriptionLocaux, 1000);
        if (!blanc(loyerMensuel) && loyer() == null) {
            erreurs.add(new Erreur("Loyer mensuel (€)", "un nombre entier d'euros, 0 ou plus."));
        }
        longueur(erreurs, "Secrétariat", secretariat, 200);
        longueur(erreurs, "Projet de santé et dynamique", projetSante, 4000);
        longueur(erreurs, "Contact : nom", contactNom, 200);
        longueur(erreurs, "Contact : fonction", contactFonction, 200);
        email(erreurs, "Contact : e-mail", contactEmail);
        longueur(erreurs, "Contact : téléphone", contactTelephone, 30);
        List<String> elusSaisis = valeurs(elus);
        for (int i = 0; i < elusSaisis.size(); i++) {
            String[] parts = elusSaisis.get(i).split("\\|", -1);
            String champ = "Élus à informer (" + (i + 1) + ")";
            if (parts.length != 3 || blanc(parts[0]) || blanc(parts[2])) {
                erreurs.add(new Erreur(champ, "attendu « Nom | fonction | e-mail »."));
            } else {
                longueur(erreurs, champ, parts[0].trim(), 200);
                longueur(erreurs, champ, parts[1].trim(), 200);
                email(erreurs, champ, parts[2].trim());
            }
        }
        return erreurs;
    }

    /** Writes the checked values on the site (call only when {@link #erreurs} found none). */
    public void appliquer(LieuExercice lieu, Map<String, String> professions, Instant now) {
        lieu.renommer(nom, commune);
        lieu.setType(typeLieu());
        lieu.setIntercommunalite(texte(intercommunalite));
        lieu.setProfessionsPresentes(joindre(valeurs(professionsPresentes).stream().map(p -> profession(p, professions)).toList()));
        lieu.setProfessionsRecherchees(joindre(valeurs(professionsRecherchees).stream().map(p -> profession(p, professions)).toList()));
        lieu.setModesExercice(joindre(valeurs(modesExercice).stream().map(m -> mode(m).name()).toList()));
        lieu.setEquipePluriprofessionnelle(vrai(equipePluriprofessionnelle));
        lieu.setLocauxDisponibles(vrai(locauxDisponibles));
        lieu.setDescriptionLocaux(texte(descriptionLocaux));
        lieu.setLoyerMensuel(blanc(loyerMensuel) ? null : loyer());
        lieu.setSecretariat(texte(secretariat));
        lieu.setProjetSante(texte(projetSante));
        lieu.setContactNom(texte(contactNom));
        lieu.setContactFonction(texte(contactFonction));
        lieu.setContactEmail(texte(contactEmail));
        lieu.setContactTelephone(texte(contactTelephone));
        lieu.setElus(valeurs(elus).stream().map(e -> e.split("\\|", -1))
                .map(p -> new EluAInformer(p[0].trim(), texte(p[1]), p[2].trim())).toList());
        lieu.modifie(now);
    }

    /** The site as a person would type it back: the inverse of {@link #appliquer}, for forms and exports. */
    public static SaisieLieu de(LieuExercice lieu, Map<String, String> professions) {
        return new SaisieLieu(lieu.getNom(), lieu.getType().libelle(), lieu.getCommune(), vide(lieu.getIntercommunalite()),
                libelles(lieu.getProfessionsPresentes(), professions), libelles(lieu.getProfessionsRecherchees(), professions),
                valeurs(lieu.getModesExercice()).stream().map(m -> ModeExercice.valueOf(m).libelle()).collect(Collectors.joining(" ; ")),
                lieu.isEquipePluriprofessionnelle() ? "oui" : "non", lieu.isLocauxDisponibles() ? "oui" : "non",
                vide(lieu.getDescriptionLocaux()), lieu.getLoyerMensuel() == null ? "" : lieu.getLoyerMensuel().toString(),
                vide(lieu.getSecretariat()), vide(lieu.getProjetSante()), vide(lieu.getContactNom()),
                vide(lieu.getContactFonction()), vide(lieu.getContactEmail()), vide(lieu.getContactTelephone()),
                lieu.getElus().stream().map(e -> e.nom() + " | " + vide(e.fonction()) + " | " + e.email())
                        .collect(Collectors.joining(" ; ")));
    }

    /** The column headers of imports and exports, in the order of the record's components. */
    public static final List<String> COLONNES = List.of("Nom du lieu", "Type de lieu", "Commune", "Intercommunalité",
            "Professions présentes", "Professions recherchées", "Modes d'exercice", "Équipe pluriprofessionnelle",
            "Locaux disponibles", "Description des locaux", "Loyer mensuel (€)", "Secrétariat",
            "Projet de santé et dynamique", "Contact : nom", "Contact : fonction", "Contact : e-mail",
            "Contact : téléphone", "Élus à informer");

    /** The values in {@link #COLONNES} order. */
    public List<String> enColonnes() {
        return List.of(nom, type, commune, intercommunalite, professionsPresentes, professionsRecherchees, modesExercice,
                equipePluriprofessionnelle, locauxDisponibles, descriptionLocaux, loyerMensuel, secretariat, projetSante,
                contactNom, contactFonction, contactEmail, contactTelephone, elus);
    }

    /** A row read in {@link #COLONNES} order (missing trailing cells read as empty). */
    public static SaisieLieu depuisColonnes(List<String> cellules) {
        String[] v = new String[COLONNES.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = i < cellules.size() && cellules.get(i) != null ? cellules.get(i) : "";
        }
        return new SaisieLieu(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13],
                v[14], v[15], v[16], v[17]);
    }

    TypeLieu typeLieu() {
        for (TypeLieu candidate : TypeLieu.values()) {
            if (candidate.name().equalsIgnoreCase(type.trim()) || candidate.libelle().equalsIgnoreCase(type.trim())) {
                return candidate;
            }
        }
        return null;
    }

    private static ModeExercice mode(String saisi) {
        for (ModeExercice candidate : ModeExercice.values()) {
            if (candidate.name().equalsIgnoreCase(saisi) || candidate.libelle().equalsIgnoreCase(saisi)) {
                return candidate;
            }
        }
        return null;
    }

    private Integer loyer() {
        try {
            int value = Integer.parseInt(loyerMensuel.trim().replace(" ", "").replace("\u00a0", ""));
            return value < 0 ? null : value;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static void professions(List<Erreur> erreurs, String champ, String saisie, Map<String, String> connues) {
        for (String p : valeurs(saisie)) {
            if (profession(p, connues) == null) {
                erreurs.add(new Erreur(champ, "« " + abrege(p) + " » n'est pas une profession du formulaire de demande."));
            }
        }
    }

    /** A profession typed as its value or its label: the stored value, or null if unknown (SaisieBesoin too). */
    static String profession(String saisie, Map<String, String> connues) {
        for (Map.Entry<String, String> option : connues.entrySet()) {
            if (option.getKey().equalsIgnoreCase(saisie) || option.getValue().equalsIgnoreCase(saisie)) {
                return option.getKey();
            }
        }
        return null;
    }

    private static String libelles(String stockees, Map<String, String> professions) {
        return valeurs(stockees).stream().map(v -> professions.getOrDefault(v, v)).collect(Collectors.joining(" ; "));
    }

    static void requis(List<Erreur> erreurs, String champ, String valeur, int max) {
        if (blanc(valeur)) {
            erreurs.add(new Erreur(champ, "obligatoire."));
        } else {
            longueur(erreurs, champ, valeur, max);
        }
    }

    static void longueur(List<Erreur> erreurs, String champ, String valeur, int max) {
        if (valeur != null && valeur.trim().length() > max) {
            erreurs.add(new Erreur(champ, "au plus " + max + " caractères (" + valeur.trim().length() + " saisis)."));
        }
    }

    private static void email(List<Erreur> erreurs, String champ, String valeur) {
        if (!blanc(valeur)) {
            longueur(erreurs, champ, valeur, 254);
            if (!EMAIL.matcher(valeur.trim()).matches()) {
                erreurs.add(new Erreur(champ, "adresse e-mail invalide."));
            }
        }
    }

    private static void oui(List<Erreur> erreurs, String champ, String valeur) {
        if (!blanc(valeur) && !Set.of("oui", "non", "true", "false").contains(valeur.trim().toLowerCase(Locale.ROOT))) {
            erreurs.add(new Erreur(champ, "« oui » ou « non »."));
        }
    }

    private static boolean vrai(String valeur) {
        return !blanc(valeur) && Set.of("oui", "true").contains(valeur.trim().toLowerCase(Locale.ROOT));
    }

    static List<String> valeurs(String saisie) {
        if (blanc(saisie)) {
            return List.of();
        }
        return Arrays.stream(saisie.split(";")).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    private static String joindre(List<String> valeurs) {
        return valeurs.isEmpty() ? null : String.join(";", new java.util.LinkedHashSet<>(valeurs));
    }

    static String texte(String valeur) {
        return blanc(valeur) ? null : valeur.trim();
    }

    static String vide(String valeur) {
        return valeur == null ? "" : valeur;
    }

    static boolean blanc(String valeur) {
        return valeur == null || valeur.isBlank();
    }

    static String abrege(String valeur) {
        return valeur.length() > 40 ? valeur.substring(0, 40) + "…" : valeur;
    }
}
