package fr.territoire.sante.installation.reminders;

import java.util.List;

/** One section of one group's digest: how many tasks in all, and the first ones, most urgent first. */
record Extrait(long total, List<TacheRappelee> taches) {

    static final Extrait VIDE = new Extrait(0, List.of());
}
