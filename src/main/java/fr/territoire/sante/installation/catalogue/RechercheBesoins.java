package fr.territoire.sante.installation.catalogue;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The needs list's search and filters as read from the address: text on the commune, status, profession,
 * urgency, archived needs included or not. Unreadable values are ignored, as in {@link Recherche}.
 */
public record RechercheBesoins(String q, String statut, String profession, String urgence, boolean archives) {

    public RechercheBesoins {
        q = Recherche.propre(q);
        statut = Recherche.propre(statut);
        profession = Recherche.propre(profession);
        urgence = Recherche.propre(urgence);
    }

    StatutBesoin statutBesoin() {
        return SaisieBesoin.valeur(StatutBesoin.class, statut, StatutBesoin::name);
    }

    UrgenceBesoin urgenceBesoin() {
        return SaisieBesoin.valeur(UrgenceBesoin.class, urgence, UrgenceBesoin::name);
    }

    /** The address of a page of results with the same search, for links that work without htmx too. */
    public String lien(int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/catalogue/besoins");
        for (String[] filtre : new String[][] {{"q", q}, {"statut", statut}, {"profession", profession}, {"urgence", urgence}}) {
            if (filtre[1] != null) {
                uri.queryParam(filtre[0], filtre[1]);
            }
        }
        if (archives) {
            uri.queryParam("archives", "true");
        }
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }
}
