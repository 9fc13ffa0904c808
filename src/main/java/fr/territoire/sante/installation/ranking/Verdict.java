package fr.territoire.sante.installation.ranking;

import java.util.Locale;

/** One fired row of the decision table: the criterion as staff read it, its result, its weight. */
record Verdict(String critere, String resultat, int points) {

    static final String REMPLI = "rempli";
    static final String NON_REMPLI = "non rempli";
    static final String EXCLUSION = "exclusion";

    boolean rempli() {
        return REMPLI.equals(normalise());
    }

    boolean exclusion() {
        return EXCLUSION.equals(normalise());
    }

    /** Whatever else a process owner types counts as not met: a site is never promoted by a typo. */
    boolean nonRempli() {
        return !rempli() && !exclusion();
    }

    private String normalise() {
        return resultat == null ? "" : resultat.trim().toLowerCase(Locale.ROOT);
    }
}
