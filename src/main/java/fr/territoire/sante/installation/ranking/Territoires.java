package fr.territoire.sante.installation.ranking;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Compares commune and intercommunality names as people type them: accents, case, hyphens, apostrophes
 * and repeated spaces do not matter ("Saint-Aubin-des-Prés" is "saint aubin des pres").
 */
final class Territoires {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{Alnum}]+");

    private Territoires() {
    }

    /** The comparable form of a name; empty for null or blank. */
    static String cle(String nom) {
        if (nom == null) {
            return "";
        }
        String sansAccents = MARKS.matcher(Normalizer.normalize(nom, Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.matcher(sansAccents.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
