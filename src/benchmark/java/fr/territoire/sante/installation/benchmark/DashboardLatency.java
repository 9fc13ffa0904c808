package fr.territoire.sante.installation.benchmark;

import fr.territoire.sante.installation.dashboard.IndicateursTableauDeBord;
import fr.territoire.sante.installation.dashboard.Periode;
import fr.territoire.sante.installation.dashboard.TableauDeBord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dashboard over the dossiers {@link ReportingLatency} inserted: every figure and the late dossiers
 * computed for a period, the way one page load does (the whole history, one year, one quarter).
 */
final class DashboardLatency {

    static final double TARGET_P95_MS = 300;
    private static final int WARMUP = 5;
    private static final double MAX_SECONDS = 20;

    private final ApplicationUnderBenchmark app;
    private final BenchmarkOptions options;

    DashboardLatency(ApplicationUnderBenchmark app, BenchmarkOptions options) {
        this.app = app;
        this.options = options;
    }

    Map<String, Object> run() {
        IndicateursTableauDeBord indicateurs = app.bean(IndicateursTableauDeBord.class);
        Map<String, Periode> periodes = new LinkedHashMap<>();
        periodes.put("whole history", new Periode(LocalDate.of(2000, 1, 1), LocalDate.of(2030, 12, 31), "tout"));
        periodes.put("one year (2010)", new Periode(LocalDate.of(2010, 1, 1), LocalDate.of(2010, 12, 31), "dates"));
        periodes.put("one quarter (2010 Q2)", new Periode(LocalDate.of(2010, 4, 1), LocalDate.of(2010, 6, 30), "dates"));
        Map<String, Object> result = new LinkedHashMap<>();
        for (Map.Entry<String, Periode> periode : periodes.entrySet()) {
            Instant maintenant = Instant.now();
            TableauDeBord premier = indicateurs.calculer(periode.getValue(), maintenant);
            Map<String, Object> summary = Samples.measureFor(WARMUP, options.samples(), MAX_SECONDS,
                    () -> indicateurs.calculer(periode.getValue(), maintenant)).summary();
            summary.put("requests_in_period", premier.demandes());
            summary.put("late_now", premier.retardsTotal());
            result.put(periode.getKey(), summary);
        }
        return result;
    }
}
