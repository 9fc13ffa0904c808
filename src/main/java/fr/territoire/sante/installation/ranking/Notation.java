package fr.territoire.sante.installation.ranking;

import java.util.List;

/**
 * What the fired rows say of a site: its score (points of the met criteria over the points of every
 * fired row, × 100, rounded; 0 when no row carries points), its reasons, whether a hard constraint
 * excludes it.
 */
record Notation(int score, List<String> remplis, List<String> nonRemplis, List<String> exclusions) {

    static Notation de(List<Verdict> verdicts) {
        int total = 0;
        int obtenus = 0;
        for (Verdict verdict : verdicts) {
            if (!verdict.exclusion()) {
                total += verdict.points();
                obtenus += verdict.rempli() ? verdict.points() : 0;
            }
        }
        int score = total <= 0 ? 0 : (int) Math.round(100.0 * obtenus / total);
        return new Notation(score,
                verdicts.stream().filter(Verdict::rempli).map(Verdict::critere).toList(),
                verdicts.stream().filter(Verdict::nonRempli).map(Verdict::critere).toList(),
                verdicts.stream().filter(Verdict::exclusion).map(Verdict::critere).toList());
    }

    boolean exclu() {
        return !exclusions.isEmpty();
    }
}
