package fr.territoire.sante.installation.ranking;

import fr.territoire.sante.installation.catalogue.UrgenceBesoin;

/** An open need of a commune for the dossier's profession, as the ranking reads it. */
public record BesoinOuvert(String commune, UrgenceBesoin urgence) {
}
