package fr.territoire.sante.installation.catalogue;

import java.util.Locale;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The catalogue's search and filters as read from the address: text on name or commune, type, commune,
 * profession sought, archived sites included or not. Values that cannot be read are ignored rather than
 * refused, so that a shared link never breaks the page.
 */
public record Recherche(String q, String type, String commune, String profession, boolean archives) {

    public Recherche {
        q = propre(q);
        type = propre(type);
        commune = propre(commune);
        profession = propre(profession);
    }

    /** The type as an enum value, or null when absent or unknown. */
    TypeLieu typeLieu() {
        if (type == null) {
            return null;
        }
        for (TypeLieu candidate : TypeLieu.values()) {
            if (candidate.name().equalsIgnoreCase(type)) {
                return candidate;
            }
        }
        return null;
    }

    /** The address of a page of results with the same search, for links that work without htmx too. */
    public String lien(int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/catalogue/lieux");
        ajouter(uri, "q", q);
        ajouter(uri, "type", type);
        ajouter(uri, "commune", commune);
        ajouter(uri, "profession", profession);
        if (archives) {
            uri.queryParam("archives", "true");
        }
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }

    /** A case-insensitive "contains" pattern for {@code like ... escape '\\'}. */
    static String motif(String texte) {
        return "%" + echapper(texte.toLowerCase(Locale.ROOT)) + "%";
    }

    static String echapper(String texte) {
        return texte.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static void ajouter(UriComponentsBuilder uri, String nom, String valeur) {
        if (valeur != null) {
            uri.queryParam(nom, valeur);
        }
    }

    static String propre(String valeur) {
        if (valeur == null || valeur.isBlank()) {
            return null;
        }
        String trimmed = valeur.trim();
        return trimmed.length() > 200 ? trimmed.substring(0, 200) : trimmed;
    }
}
