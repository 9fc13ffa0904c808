package fr.territoire.sante.installation.catalogue;

/**
 * What the one upload page (catalogue-import.html) says for each catalogue: its title, the catalogue's
 * path under /catalogue and /api/catalogue, how an entry is recognised, and the report's words.
 */
public record PageImport(String titre, String catalogue, String chemin, String reconnaissance, String nombre,
        String colonne) {

    static final PageImport LIEUX = new PageImport("Importer des lieux d’exercice", "Catalogue des lieux", "lieux",
            "Un lieu est reconnu par son nom et sa commune", "lieu(x)", "Lieu");
    static final PageImport BESOINS = new PageImport("Importer des besoins du territoire", "Besoins du territoire", "besoins",
            "Un besoin est reconnu par sa commune, sa profession, sa source et sa date de signalement", "besoin(s)", "Commune");

    static final PageImport AIDES = new PageImport("Importer des aides à l’installation", "Catalogue des aides", "aides",
            "Une aide est reconnue par son intitulé et son territoire", "aide(s)", "Aide");

    /** The page of the catalogue an address belongs to (an upload refused before any handler ran included). */
    static PageImport pour(String uri) {
        if (uri.contains("/catalogue/besoins")) {
            return BESOINS;
        }
        return uri.contains("/catalogue/aides") ? AIDES : LIEUX;
    }
}
