package fr.territoire.sante.installation.reporting;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The table's links keep the reader's filters: a column header changes only the sort (and goes back
 * to page 1), a page link only the page, an export link only the path.
 */
public final class LiensTableau {

    private final String requete;
    private final TableauReporting.Tri tri;

    LiensTableau(String requete, TableauReporting.Tri tri) {
        this.requete = requete == null ? "" : requete;
        this.tri = tri;
    }

    private UriComponentsBuilder base(String path) {
        return UriComponentsBuilder.fromPath(path).query(requete);
    }

    /** Sorting by a column: ascending first, then the other way when it is already the sort. */
    public String tri(Colonne colonne) {
        boolean croissant = tri.colonne() != colonne || !tri.croissant();
        return base("/dossiers").replaceQueryParam("page").replaceQueryParam("tri", colonne.cle())
                .replaceQueryParam("sens", croissant ? "asc" : "desc").build().toUriString();
    }

    public String page(int numero) {
        return base("/dossiers").replaceQueryParam("page", numero).build().toUriString();
    }

    public String export(String format) {
        return base("/api/dossiers/export." + format).replaceQueryParam("page").build().toUriString();
    }

    /** For aria-sort on the header of the sorted column. */
    public String ariaSort(Colonne colonne) {
        if (tri.colonne() != colonne) {
            return null;
        }
        return tri.croissant() ? "ascending" : "descending";
    }
}
