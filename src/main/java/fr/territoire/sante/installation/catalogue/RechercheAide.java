package fr.territoire.sante.installation.catalogue;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The aids catalogue's search and filters as read from the address: text on title or territory,
 * category, profession concerned, only aids still valid, archived aids included or not. Values that
 * cannot be read are ignored rather than refused, so that a shared link never breaks the page.
 */
public record RechercheAide(String q, String categorie, String profession, boolean valides, boolean archives) {

    public RechercheAide {
        q = propre(q);
        categorie = propre(categorie);
        profession = propre(profession);
    }

    /** The category as an enum value, or null when absent or unknown. */
    CategorieAide categorieAide() {
        return CategorieAide.lire(categorie);
    }

    /** The address of a page of results with the same search, for links that work without htmx too. */
    public String lien(int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/catalogue/aides");
        if (q != null) {
            uri.queryParam("q", q);
        }
        if (categorie != null) {
            uri.queryParam("categorie", categorie);
        }
        if (profession != null) {
            uri.queryParam("profession", profession);
        }
        if (valides) {
            uri.queryParam("valides", "true");
        }
        if (archives) {
            uri.queryParam("archives", "true");
        }
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }

    private static String propre(String valeur) {
        if (valeur == null || valeur.isBlank()) {
            return null;
        }
        String trimmed = valeur.trim();
        return trimmed.length() > 200 ? trimmed.substring(0, 200) : trimmed;
    }
}
