package fr.territoire.sante.installation.dashboard;

import java.util.Map;
import java.util.NavigableMap;

/** The median of values given as a histogram (value → how many), as percentile_cont(0.5) computes it. */
final class Mediane {

    private Mediane() {
    }

    /** @param histogramme sorted values and their counts, at least one */
    static double dixiemes(NavigableMap<Long, Long> histogramme) {
        long total = histogramme.values().stream().mapToLong(Long::longValue).sum();
        // 1-based ranks of the middle value(s): one when odd, two when even (then their mean)
        long bas = (total + 1) / 2;
        long haut = total / 2 + 1;
        Long valeurBasse = null;
        long vus = 0;
        for (Map.Entry<Long, Long> classe : histogramme.entrySet()) {
            vus += classe.getValue();
            if (valeurBasse == null && vus >= bas) {
                valeurBasse = classe.getKey();
            }
            if (vus >= haut) {
                return (valeurBasse + classe.getKey()) / 2.0;
            }
        }
        throw new IllegalArgumentException("An empty histogram has no median");
    }
}
