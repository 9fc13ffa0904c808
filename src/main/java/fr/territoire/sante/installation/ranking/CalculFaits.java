package fr.territoire.sante.installation.ranking;

import fr.territoire.sante.installation.catalogue.CategorieAide;
import fr.territoire.sante.installation.catalogue.ModeExercice;
import fr.territoire.sante.installation.catalogue.TypeLieu;
import fr.territoire.sante.installation.catalogue.UrgenceBesoin;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Turns a professional's criteria and one site into the decision table's facts. Only comparisons live
 * here; what each fact weighs, and which unmet facts exclude a site, is the table's business.
 */
final class CalculFaits {

    private static final Set<TypeLieu> REGROUPES = EnumSet.of(TypeLieu.MSP, TypeLieu.CENTRE_SANTE, TypeLieu.MAISON_MEDICALE);

    private CalculFaits() {
    }

    static Faits pour(Criteres criteres, LieuCatalogue lieu, Voisinage voisinage) {
        return new Faits(
                professionRecherchee(criteres.profession(), lieu.professionsRecherchees()),
                statutCompatible(criteres.statut(), lieu.modesExercice()),
                modeExerciceConforme(criteres.modeExercice(), lieu),
                equipeConforme(criteres.equipe(), lieu.equipePluriprofessionnelle()),
                "oui".equals(criteres.besoinLocaux()) ? lieu.locauxDisponibles() : null,
                communeSouhaitee(criteres.communes(), lieu),
                procheSiBesoin(criteres, Criteres.LOGEMENT, CategorieAide.LOGEMENT, lieu, voisinage),
                procheSiBesoin(criteres, Criteres.GARDE_ENFANTS, CategorieAide.GARDE_ENFANTS_ECOLES, lieu, voisinage),
                procheSiBesoin(criteres, Criteres.EMPLOI_CONJOINT, CategorieAide.EMPLOI_CONJOINT, lieu, voisinage),
                besoinTerritoire(criteres.profession(), lieu, voisinage));
    }

    /** Null when the site lists no profession sought: the catalogue does not say. */
    static Boolean professionRecherchee(String profession, String recherchees) {
        if (profession == null || recherchees == null || recherchees.isBlank()) {
            return null;
        }
        return Arrays.stream(recherchees.split(";")).map(String::trim).anyMatch(profession::equals);
    }

    /**
     * A site offering mixed practice suits a liberal or a salaried professional; one wanting mixed practice
     * needs a mixed site, or a site offering both. Undecided: not applicable.
     */
    static Boolean statutCompatible(String statut, String modesExercice) {
        Set<ModeExercice> modes = modes(modesExercice);
        if (statut == null || modes.isEmpty()) {
            return null;
        }
        return switch (statut) {
            case "liberal" -> modes.contains(ModeExercice.LIBERAL) || modes.contains(ModeExercice.MIXTE);
            case "salariat" -> modes.contains(ModeExercice.SALARIAT) || modes.contains(ModeExercice.MIXTE);
            case "mixte" -> modes.contains(ModeExercice.MIXTE)
                    || (modes.contains(ModeExercice.LIBERAL) && modes.contains(ModeExercice.SALARIAT));
            default -> null; // "indecis", or a value a process owner added to the form
        };
    }

    /** Isolated practice is a cabinet; grouped practice is an MSP, a centre, a maison médicale or any team. */
    static Boolean modeExerciceConforme(String mode, LieuCatalogue lieu) {
        if ("isole".equals(mode)) {
            return lieu.type() == null ? null : lieu.type() == TypeLieu.CABINET_MEDICAL;
        }
        if ("regroupe".equals(mode)) {
            return REGROUPES.contains(lieu.type()) || lieu.equipePluriprofessionnelle();
        }
        return null;
    }

    static Boolean equipeConforme(String equipe, boolean equipeDuLieu) {
        return switch (equipe == null ? "" : equipe) {
            case "oui" -> equipeDuLieu;
            case "non" -> !equipeDuLieu;
            default -> null;
        };
    }

    static Boolean communeSouhaitee(Set<String> communes, LieuCatalogue lieu) {
        if (communes.isEmpty()) {
            return null;
        }
        return communes.contains(Territoires.cle(lieu.commune()))
                || (lieu.intercommunalite() != null && communes.contains(Territoires.cle(lieu.intercommunalite())));
    }

    private static Boolean procheSiBesoin(Criteres criteres, String besoin, CategorieAide categorie, LieuCatalogue lieu,
            Voisinage voisinage) {
        return criteres.cherche(besoin) ? voisinage.aide(categorie, lieu) : null;
    }

    private static String besoinTerritoire(String profession, LieuCatalogue lieu, Voisinage voisinage) {
        if (profession == null) {
            return null;
        }
        UrgenceBesoin urgence = voisinage.urgence(lieu);
        return urgence == null ? Faits.AUCUN_BESOIN : urgence.name();
    }

    private static Set<ModeExercice> modes(String modesExercice) {
        Set<ModeExercice> modes = EnumSet.noneOf(ModeExercice.class);
        if (modesExercice != null) {
            for (String mode : modesExercice.split(";")) {
                Arrays.stream(ModeExercice.values()).filter(m -> m.name().equalsIgnoreCase(mode.trim())).forEach(modes::add);
            }
        }
        return modes;
    }
}
