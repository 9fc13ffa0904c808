package fr.territoire.sante.installation.ranking;

import fr.territoire.sante.installation.catalogue.CategorieAide;

/** An active, valid aid as the ranking reads it: its category, its territory, the professions it is for ("" = all). */
public record AideProche(CategorieAide categorie, String territoire, String professions) {
}
