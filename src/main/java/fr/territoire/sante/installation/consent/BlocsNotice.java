package fr.territoire.sante.installation.consent;

import java.util.ArrayList;
import java.util.List;

/**
 * The notice's plain Markdown (titles "#"/"##", paragraphs) as blocks a template escapes and lays out:
 * no Markdown library, no HTML from a file ever rendered unescaped.
 */
public record BlocsNotice(int niveau, String texte) {

    /** @param niveau 1 or 2 for a title, 0 for a paragraph */
    public static List<BlocsNotice> lire(String markdown) {
        List<BlocsNotice> blocs = new ArrayList<>();
        StringBuilder paragraphe = new StringBuilder();
        for (String ligne : markdown.split("\\R")) {
            String l = ligne.strip();
            if (l.startsWith("#")) {
                fermer(blocs, paragraphe);
                int niveau = l.startsWith("##") ? 2 : 1;
                blocs.add(new BlocsNotice(niveau, l.replaceFirst("^#+\\s*", "")));
            } else if (l.isEmpty()) {
                fermer(blocs, paragraphe);
            } else {
                paragraphe.append(paragraphe.isEmpty() ? "" : " ").append(l);
            }
        }
        fermer(blocs, paragraphe);
        return List.copyOf(blocs);
    }

    private static void fermer(List<BlocsNotice> blocs, StringBuilder paragraphe) {
        if (!paragraphe.isEmpty()) {
            blocs.add(new BlocsNotice(0, paragraphe.toString()));
            paragraphe.setLength(0);
        }
    }
}
