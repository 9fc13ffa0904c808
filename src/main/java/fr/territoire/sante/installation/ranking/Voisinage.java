package fr.territoire.sante.installation.ranking;

import fr.territoire.sante.installation.catalogue.CategorieAide;
import fr.territoire.sante.installation.catalogue.UrgenceBesoin;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The aids and territory needs around the sites, indexed by territory name once per ranking so that each
 * site is looked up, not scanned: which categories of aid cover a commune or intercommunality, and the
 * most urgent open need of a commune for the dossier's profession.
 */
final class Voisinage {

    private final Map<CategorieAide, Set<String>> territoiresAides = new EnumMap<>(CategorieAide.class);
    private final Map<String, UrgenceBesoin> urgences = new HashMap<>();

    /**
     * @param aides   active and valid aids (an aid restricted to other professions is ignored here)
     * @param besoins open needs of the dossier's profession
     */
    Voisinage(String profession, Collection<AideProche> aides, Collection<BesoinOuvert> besoins) {
        for (AideProche aide : aides) {
            if (aide.categorie() != null && pourProfession(aide.professions(), profession)) {
                territoiresAides.computeIfAbsent(aide.categorie(), c -> new HashSet<>()).add(Territoires.cle(aide.territoire()));
            }
        }
        for (BesoinOuvert besoin : besoins) {
            if (besoin.urgence() != null) {
                urgences.merge(Territoires.cle(besoin.commune()), besoin.urgence(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
        }
    }

    /** An aid of this category whose territory is the site's commune or its intercommunality. */
    boolean aide(CategorieAide categorie, LieuCatalogue lieu) {
        Set<String> territoires = territoiresAides.getOrDefault(categorie, Set.of());
        return territoires.contains(Territoires.cle(lieu.commune()))
                || (lieu.intercommunalite() != null && territoires.contains(Territoires.cle(lieu.intercommunalite())));
    }

    /** The most urgent open need of the site's commune, or null when none. */
    UrgenceBesoin urgence(LieuCatalogue lieu) {
        return urgences.get(Territoires.cle(lieu.commune()));
    }

    private static boolean pourProfession(String professions, String profession) {
        return professions == null || professions.isBlank()
                || (profession != null && Arrays.stream(professions.split(";")).map(String::trim).anyMatch(profession::equals));
    }
}
