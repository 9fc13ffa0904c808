package fr.territoire.sante.installation.benchmark;

import fr.territoire.sante.installation.dossier.Etape;
import fr.territoire.sante.installation.identity.Groups;
import fr.territoire.sante.installation.reporting.Colonne;
import fr.territoire.sante.installation.reporting.ExportsTableau;
import fr.territoire.sante.installation.reporting.Filtre;
import fr.territoire.sante.installation.reporting.ReportingRowsForBenchmark;
import fr.territoire.sante.installation.reporting.TableauReporting;
import fr.territoire.sante.installation.signin.Lecteur;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reporting table (ligne_reporting) over the dossiers {@link ReportingLatency} inserted: their rows
 * computed at once by the application's own statement, then the first page (50 rows and the count) as a
 * CLS reader and as a pilotage reader, for every sort and the usual filters, a deep page, and the whole
 * table exported as CSV and XLSX into a stream that only counts bytes, with the heap it took.
 */
final class ReportingTableLatency {

    static final double TARGET_P95_MS = 100;
    private static final int WARMUP = 5;
    /** Time allowed to each page's samples: a slow variant must not hold the run for minutes. */
    private static final double MAX_SECONDS = 8;

    private final ApplicationUnderBenchmark app;
    private final BenchmarkOptions options;
    private final Random random = new Random(20260102);

    ReportingTableLatency(ApplicationUnderBenchmark app, BenchmarkOptions options) {
        this.app = app;
        this.options = options;
    }

    /** rowsComputedSeconds: what {@link ReportingLatency} measured when it computed the rows after its insert. */
    Map<String, Object> run(double rowsComputedSeconds) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("rows_computed_seconds", rowsComputedSeconds);
        result.put("rows_computed_how", "LignesReporting.fillMissingRows(): one INSERT … SELECT for every dossier without a row, "
                + "on a table never analysed, before the VACUUM ANALYZE that follows the insert");
        result.put("rows", count());

        TransactionTemplate step = new TransactionTemplate(app.bean(PlatformTransactionManager.class));
        Map<String, Object> refresh = Samples.measure(WARMUP, options.samples(), () -> step.executeWithoutResult(status ->
                ReportingRowsForBenchmark.refresh(app.context, 10_000_000L + random.nextInt(options.storeDossiers()))))
                .summary();
        refresh.put("query", "LignesReporting.refresh(id): one dossier's row deleted and computed again, in a transaction, "
                + "as before each step's commit");
        result.put("row_refresh", refresh);

        TableauReporting tableau = app.bean(TableauReporting.class);
        Map<String, Object> pages = new LinkedHashMap<>();
        for (Lecteur lecteur : List.of(new Lecteur("bench", Set.of(Groups.CLS)), new Lecteur("bench", Set.of(Groups.PILOTAGE)))) {
            String who = lecteur.voitIdentite() ? "cls" : "pilotage";
            Map<String, Filtre> filtres = filtres(lecteur);
            Map<String, TableauReporting.Tri> tris = new LinkedHashMap<>();
            tris.put("default sort (demande desc)", TableauReporting.Tri.parDefaut());
            for (Colonne colonne : Colonne.values()) {
                if (lecteur.voitIdentite() || !colonne.identifiante()) {
                    tris.put("sort " + colonne.cle() + " asc", new TableauReporting.Tri(colonne, true));
                }
            }
            for (Map.Entry<String, TableauReporting.Tri> tri : tris.entrySet()) {
                pages.put(who + ": " + tri.getKey(), page(tableau, Filtre.aucun(), tri.getValue(), 1, lecteur));
            }
            for (Map.Entry<String, Filtre> filtre : filtres.entrySet()) {
                pages.put(who + ": " + filtre.getKey(), page(tableau, filtre.getValue(), TableauReporting.Tri.parDefaut(), 1, lecteur));
            }
            pages.put(who + ": page 1000, default sort", page(tableau, Filtre.aucun(), TableauReporting.Tri.parDefaut(), 1000, lecteur));
        }
        result.put("pages", pages);
        String worst = null;
        double worstP95 = -1;
        List<String> over = new java.util.ArrayList<>();
        for (Map.Entry<String, Object> page : pages.entrySet()) {
            double p95 = (Double) ((Map<?, ?>) page.getValue()).get("p95_ms");
            if (p95 > worstP95) {
                worstP95 = p95;
                worst = page.getKey();
            }
            if (p95 > TARGET_P95_MS) {
                over.add(page.getKey() + " (" + p95 + " ms)");
            }
        }
        result.put("worst_p95_ms", worstP95);
        result.put("worst_p95_page", worst);
        result.put("over_target", over);

        ExportsTableau exports = app.bean(ExportsTableau.class);
        Lecteur cls = new Lecteur("bench", Set.of(Groups.CLS));
        result.put("export_csv", export(out -> exports.csv(Filtre.aucun(), TableauReporting.Tri.parDefaut(), cls, out)));
        result.put("export_xlsx", export(out -> exports.xlsx(Filtre.aucun(), TableauReporting.Tri.parDefaut(), cls, out)));
        result.put("max_heap_mb", mb(Runtime.getRuntime().maxMemory()));
        result.put("jvm_arguments", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-X")).toList());
        result.put("garbage_collectors", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).toList());
        return result;
    }

    /** The filters staff use most, each alone (with the search that matches the reader's rights). */
    private static Map<String, Filtre> filtres(Lecteur lecteur) {
        Map<String, Filtre> filtres = new LinkedHashMap<>();
        filtres.put("etape=croisement", new Filtre(Etape.CROISEMENT, null, null, null, null, null, false,
                Filtre.Ouverture.TOUS, null));
        filtres.put("profession (every dossier)", new Filtre(null, "medecin-generaliste", null, null, null, null, false,
                Filtre.Ouverture.TOUS, null));
        filtres.put("late only, en cours", new Filtre(null, null, null, null, null, null, true,
                Filtre.Ouverture.EN_COURS, null));
        filtres.put("period 2010", new Filtre(null, null, null, null, LocalDate.of(2010, 1, 1), LocalDate.of(2010, 12, 31),
                false, Filtre.Ouverture.TOUS, null));
        filtres.put("commune prefix 'bourg'", new Filtre(null, null, null, "bourg", null, null, false,
                Filtre.Ouverture.TOUS, null));
        if (lecteur.voitIdentite()) {
            filtres.put("search name 'nom4242'", new Filtre(null, null, null, null, null, null, false,
                    Filtre.Ouverture.TOUS, "nom4242"));
        } else {
            filtres.put("search reference '2009-0042'", new Filtre(null, null, null, null, null, null, false,
                    Filtre.Ouverture.TOUS, "2009-0042"));
        }
        return filtres;
    }

    private Map<String, Object> page(TableauReporting tableau, Filtre filtre, TableauReporting.Tri tri, int numero,
            Lecteur lecteur) {
        TableauReporting.Page first = tableau.page(filtre, tri, numero, lecteur);
        Map<String, Object> summary = Samples.measureFor(WARMUP, options.samples(), MAX_SECONDS,
                () -> tableau.page(filtre, tri, numero, lecteur)).summary();
        summary.put("rows", first.lignes().size());
        summary.put("total", first.total());
        return summary;
    }

    interface Export {
        void write(OutputStream out) throws IOException;
    }

    /**
     * One export not counted (JIT warm-up), then one measured: time, bytes, and the heap. Peaks are
     * each heap pool's peak usage since it was reset just before (after a full collection); the old
     * generation's growth is what the export kept across collections.
     */
    private static Map<String, Object> export(Export export) {
        Map<String, Object> result = new LinkedHashMap<>();
        try {
            CountingOutputStream warmup = new CountingOutputStream();
            long warmupStart = System.nanoTime();
            export.write(warmup);
            result.put("warmup_seconds", Samples.round((System.nanoTime() - warmupStart) / 1e9));

            List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid()).toList();
            System.gc();
            long usedBefore = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            Map<String, Long> poolBefore = new LinkedHashMap<>();
            for (MemoryPoolMXBean pool : pools) {
                poolBefore.put(pool.getName(), pool.getUsage().getUsed());
                pool.resetPeakUsage();
            }
            long[] gcBefore = Samples.garbageCollections();
            CountingOutputStream out = new CountingOutputStream();
            long start = System.nanoTime();
            export.write(out);
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] gcAfter = Samples.garbageCollections();
            long usedAfter = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            Map<String, Object> peaks = new LinkedHashMap<>();
            long peakSum = 0;
            for (MemoryPoolMXBean pool : pools) {
                long peak = pool.getPeakUsage().getUsed();
                peakSum += peak;
                peaks.put(pool.getName(), mb(peak));
                if (isOld(pool)) {
                    result.put("old_generation_before_mb", mb(poolBefore.get(pool.getName())));
                    result.put("old_generation_peak_mb", mb(peak));
                    result.put("old_generation_growth_mb", mb(peak - poolBefore.get(pool.getName())));
                }
            }
            System.gc();
            long usedAfterGc = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            result.put("seconds", Samples.round(seconds));
            result.put("bytes", out.bytes);
            result.put("lines", out.lines);
            result.put("heap_used_before_mb", mb(usedBefore));
            result.put("heap_used_after_mb", mb(usedAfter));
            result.put("heap_used_after_full_gc_mb", mb(usedAfterGc));
            result.put("heap_peak_mb_sum_of_pool_peaks", mb(peakSum));
            result.put("heap_peak_mb_by_pool", peaks);
            result.put("gc_collections", gcAfter[0] - gcBefore[0]);
            result.put("gc_ms", gcAfter[1] - gcBefore[1]);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    private static boolean isOld(MemoryPoolMXBean pool) {
        String name = pool.getName();
        return name.contains("Old") || name.contains("Tenured");
    }

    private static double mb(long bytes) {
        return Samples.round(bytes / (1024.0 * 1024.0));
    }

    /** Discards what is written, counting bytes and line feeds (rows, in a CSV without line breaks in values). */
    static final class CountingOutputStream extends OutputStream {
        long bytes;
        long lines;

        @Override
        public void write(int b) {
            bytes++;
            if (b == '\n') {
                lines++;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    lines++;
                }
            }
        }
    }

    private long count() {
        try {
            return app.database.queryRow("select count(*) from ligne_reporting", row -> row.getLong(1));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
