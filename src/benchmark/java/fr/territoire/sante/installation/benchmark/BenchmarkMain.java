package fr.territoire.sante.installation.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The benchmark of issue 5, never a test: {@code mvn -Pbenchmark -DskipTests package exec:exec@benchmark}
 * (the packaged jar is what the start-up part starts as the image does; a smoke run,
 * {@code -Dbenchmark.quick=true}, needs only {@code test-compile}). Results go to docs/benchmark-results/ (JSON with everything, CSV with the headline
 * figures beside their targets); a quick or partial run writes to target/benchmark-results/ instead.
 */
public final class BenchmarkMain {

    static final String ADMIN_PASSWORD = "banc-d-essai-mot-de-passe-long";

    private final BenchmarkOptions options;
    private final Map<String, Object> results = new LinkedHashMap<>();
    private final List<List<Object>> rows = new ArrayList<>();

    private BenchmarkMain(BenchmarkOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        new BenchmarkMain(BenchmarkOptions.fromSystemProperties()).run();
        System.exit(0); // the engines' and pools' threads must not keep Maven waiting
    }

    private void run() throws Exception {
        long start = System.nanoTime();
        log("Benchmark (" + options.mode() + "): " + options.parts() + " on " + options.databases());
        options.databases().forEach(Database::ensureReachable);
        results.put("mode", options.mode());
        results.put("started_at", Instant.now().toString());
        results.put("machine", Machine.describe());
        if (options.runs("startup")) {
            log("Start-up, ours, bare and bare with our libraries, each in a fresh JVM");
            Map<String, Object> startup = new Startup(options).run();
            results.put("startup", startup);
            row("h2-memory", "startup", "ready time ratio ours/bare", startup.get("startup_ratio"), "x", "<= 1.5");
            row("h2-memory", "startup", "heap after full GC ratio ours/bare", startup.get("heap_ratio"), "x", "<= 1.5");
            row("h2-memory", "startup", "ready time, ours", ((Map<?, ?>) startup.get("ours")).get("ready_ms"), "ms", "");
            row("h2-memory", "startup", "ready time, bare", ((Map<?, ?>) startup.get("bare")).get("ready_ms"), "ms", "");
            row("h2-memory", "startup", "heap after full GC, ours", ((Map<?, ?>) startup.get("ours")).get("heap_mb"), "MB", "");
            row("h2-memory", "startup", "heap after full GC, bare", ((Map<?, ?>) startup.get("bare")).get("heap_mb"), "MB", "");
            Map<?, ?> stack = (Map<?, ?>) startup.get("bare_with_our_libraries");
            row("h2-memory", "startup", "ready time, bare with our libraries", stack.get("ready_ms"), "ms", "");
            row("h2-memory", "startup", "heap after full GC, bare with our libraries", stack.get("heap_mb"), "MB", "");
            row("h2-memory", "startup", "ready time ratio ours/bare with our libraries",
                    startup.get("startup_ratio_to_bare_with_our_libraries"), "x", "");
            row("h2-memory", "startup", "first dossier after ready, ours", ((Map<?, ?>) startup.get("ours")).get("first_dossier_ms"), "ms", "");
            row("h2-memory", "startup", "first dossier after ready, bare", ((Map<?, ?>) startup.get("bare")).get("first_dossier_ms"), "ms", "");
            row("h2-memory", "startup", "ready then first dossier ratio ours/bare", startup.get("ready_and_first_dossier_ratio"), "x", "");
            Map<?, ?> restart = (Map<?, ?>) startup.get("restart");
            row("h2-file", "restart", "ready time ratio ours/bare", restart.get("startup_ratio"), "x", "");
            row("h2-file", "restart", "ready time, ours", ((Map<?, ?>) restart.get("ours")).get("ready_ms"), "ms", "");
            row("h2-file", "restart", "ready time, bare", ((Map<?, ?>) restart.get("bare")).get("ready_ms"), "ms", "");
            row("h2-file", "restart", "ready time, bare with our libraries",
                    ((Map<?, ?>) restart.get("bare_with_our_libraries")).get("ready_ms"), "ms", "");
            row("h2-file", "restart", "ready time ratio ours/bare with our libraries",
                    restart.get("startup_ratio_to_bare_with_our_libraries"), "x", "");
            if (startup.get("class_data_sharing") instanceof Map<?, ?> cds) {
                row("h2-memory", "startup with CDS", "ready time ratio ours/bare", cds.get("startup_ratio"), "x", "");
                row("h2-memory", "startup with CDS", "ready time, ours", ((Map<?, ?>) cds.get("ours")).get("ready_ms"), "ms", "");
                row("h2-memory", "startup with CDS", "ready time, bare", ((Map<?, ?>) cds.get("bare")).get("ready_ms"), "ms", "");
                row("h2-memory", "startup with CDS", "ready time, bare with our libraries",
                        ((Map<?, ?>) cds.get("bare_with_our_libraries")).get("ready_ms"), "ms", "");
            }
            if (startup.get("as_the_image_runs_it") instanceof Map<?, ?> image) {
                row("h2-memory", "startup as the image runs it", "ready time ratio ours (image)/bare (plain)", image.get("startup_ratio"), "x", "");
                row("h2-memory", "startup as the image runs it", "ready time, ours (image)", ((Map<?, ?>) image.get("ours_image")).get("ready_ms"), "ms", "");
                row("h2-memory", "startup as the image runs it", "ready time, bare (plain)", ((Map<?, ?>) image.get("bare")).get("ready_ms"), "ms", "");
                row("h2-memory", "startup as the image runs it", "heap after full GC ratio ours (image)/bare (plain)", image.get("heap_ratio"), "x", "");
            }
        }
        for (Database database : options.databases()) {
            results.put(database.label(), onDatabase(database));
        }
        results.put("load_average_at_end", Machine.loadAverage());
        results.put("duration_seconds", Samples.round((System.nanoTime() - start) / 1e9));
        write();
        log("Done in " + Math.round((System.nanoTime() - start) / 1e9) + " s");
    }

    private Map<String, Object> onDatabase(Database database) throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        log(database.label() + ": emptying the database, starting the application");
        database.reset();
        long start = System.nanoTime();
        List<String> arguments = new ArrayList<>();
        if (database == Database.POSTGRES) {
            // The pool's keep-alive pings would show in the server's transaction counts.
            arguments.add("--spring.datasource.hikari.keepalive-time=0");
        }
        try (ApplicationUnderBenchmark app = ApplicationUnderBenchmark.start(database, arguments.toArray(String[]::new))) {
            result.put("application_start_seconds", Samples.round((System.nanoTime() - start) / 1e9));
            result.put("database_version", version(database));
            if (options.runs("lifecycles")) {
                log(database.label() + ": lifecycles per second");
                result.put("lifecycles", lifecycles(app, database));
            }
            if (options.runs("transactions") && database == Database.POSTGRES) {
                log(database.label() + ": transactions per lifecycle");
                result.put("transactions", transactions(app));
            }
            if (options.runs("tasklist")) {
                log(database.label() + ": Tasklist first page with " + options.openDossiers() + " open dossiers");
                Map<String, Object> tasklist = new TasklistLatency(app, options).run();
                result.put("tasklist", tasklist);
                for (String phase : tasklist.keySet()) {
                    if (tasklist.get(phase) instanceof Map<?, ?> m && m.get("first_page") != null) {
                        Map<?, ?> page = (Map<?, ?>) m.get("first_page");
                        row(database.label(), "tasklist " + phase, "first page p50", page.get("p50_ms"), "ms", "");
                        row(database.label(), "tasklist " + phase, "first page p95", page.get("p95_ms"), "ms",
                                database == Database.POSTGRES ? "<= 5" : "");
                        row(database.label(), "tasklist " + phase, "samples", page.get("samples"), "", "");
                        row(database.label(), "tasklist " + phase, "first page p99", page.get("p99_ms"), "ms", "");
                        if (page.get("warmup") instanceof Map<?, ?> warmup) {
                            row(database.label(), "tasklist " + phase, "warm-up calls p50", warmup.get("p50_ms"), "ms", "");
                            row(database.label(), "tasklist " + phase, "warm-up calls p95", warmup.get("p95_ms"), "ms", "");
                            row(database.label(), "tasklist " + phase, "warm-up calls", warmup.get("samples"), "", "");
                        }
                        if (m.get("count") instanceof Map<?, ?> count) {
                            row(database.label(), "tasklist " + phase, "filter count p95", count.get("p95_ms"), "ms", "");
                        }
                    }
                }
                Map<?, ?> http = (Map<?, ?>) ((Map<?, ?>) tasklist.get("http_request")).get("request");
                row(database.label(), "tasklist http_request", "whole HTTP request p50", http.get("p50_ms"), "ms", "");
                row(database.label(), "tasklist http_request", "whole HTTP request p95", http.get("p95_ms"), "ms", "");
                row(database.label(), "tasklist http_request", "samples", http.get("samples"), "", "");
            }
            if (options.runs("reporting")) {
                log(database.label() + ": reporting store with " + options.storeDossiers() + " dossiers");
                ReportingLatency store = new ReportingLatency(app, options);
                Map<String, Object> reporting = store.run();
                result.put("reporting", reporting);
                for (String query : List.of("open_dossiers_by_stage_count", "late_dossiers",
                        "one_dossier_everything")) {
                    Map<?, ?> m = (Map<?, ?>) reporting.get(query);
                    row(database.label(), "reporting", query + " p50", m.get("p50_ms"), "ms", "");
                    row(database.label(), "reporting", query + " p95", m.get("p95_ms"), "ms", "<= 50");
                }
                log(database.label() + ": reporting table, pages and exports");
                Map<String, Object> table = new ReportingTableLatency(app, options).run(store.rowsComputedSeconds);
                result.put("reporting_table", table);
                String pageTarget = database == Database.POSTGRES ? "<= " + Math.round(ReportingTableLatency.TARGET_P95_MS) : "";
                row(database.label(), "reporting table", "rows computed (fillMissingRows)", table.get("rows_computed_seconds"), "s", "");
                row(database.label(), "reporting table", "one row refreshed p95", ((Map<?, ?>) table.get("row_refresh")).get("p95_ms"), "ms", "");
                for (Map.Entry<?, ?> page : ((Map<?, ?>) table.get("pages")).entrySet()) {
                    Map<?, ?> m = (Map<?, ?>) page.getValue();
                    row(database.label(), "reporting table", page.getKey() + " p50", m.get("p50_ms"), "ms", "");
                    row(database.label(), "reporting table", page.getKey() + " p95", m.get("p95_ms"), "ms", pageTarget);
                }
                row(database.label(), "reporting table", "worst page p95: " + table.get("worst_p95_page"), table.get("worst_p95_ms"), "ms", pageTarget);
                for (String kind : List.of("csv", "xlsx")) {
                    Map<?, ?> export = (Map<?, ?>) table.get("export_" + kind);
                    row(database.label(), "reporting table", "export " + kind + " of every row: time", export.get("seconds"), "s", "");
                    row(database.label(), "reporting table", "export " + kind + ": bytes", export.get("bytes"), "B", "");
                    row(database.label(), "reporting table", "export " + kind + ": heap peak (sum of pool peaks)",
                            export.get("heap_peak_mb_sum_of_pool_peaks"), "MB", "");
                    row(database.label(), "reporting table", "export " + kind + ": old generation growth",
                            export.get("old_generation_growth_mb"), "MB", "");
                }
                row(database.label(), "reporting table", "max heap (-Xmx)", table.get("max_heap_mb"), "MB", "");
                log(database.label() + ": dashboard");
                Map<String, Object> dashboard = new DashboardLatency(app, options).run();
                result.put("dashboard", dashboard);
                String dashboardTarget = database == Database.POSTGRES ? "<= " + Math.round(DashboardLatency.TARGET_P95_MS) : "";
                for (Map.Entry<String, Object> period : dashboard.entrySet()) {
                    Map<?, ?> m = (Map<?, ?>) period.getValue();
                    row(database.label(), "dashboard", period.getKey() + " p50", m.get("p50_ms"), "ms", "");
                    row(database.label(), "dashboard", period.getKey() + " p95", m.get("p95_ms"), "ms", dashboardTarget);
                }
            }
            if (options.runs("ranking")) {
                log(database.label() + ": ranking of " + RankingLatency.SITES + " practice sites for one dossier");
                Map<String, Object> ranking = new RankingLatency(app, options).run();
                result.put("ranking", ranking);
                Map<?, ?> m = (Map<?, ?>) ranking.get("ranking");
                row(database.label(), "ranking", "1,000 sites ranked for one dossier p50", m.get("p50_ms"), "ms", "");
                row(database.label(), "ranking", "1,000 sites ranked for one dossier p95", m.get("p95_ms"), "ms",
                        "<= " + Math.round(RankingLatency.TARGET_P95_MS));
                row(database.label(), "ranking", "first ranking after start-up (FEEL evaluations)", ranking.get("first_ranking_ms"), "ms", "");
                row(database.label(), "ranking", "decision history rows written", ranking.get("decision_history_rows"), "", "0");
            }
        }
        return result;
    }

    private Map<String, Object> lifecycles(ApplicationUnderBenchmark app, Database database) {
        Lifecycles lifecycles = new Lifecycles(app);
        Map<String, List<Lifecycles.Run>> warmup = new LinkedHashMap<>();
        String warmupEnded = warmUp(lifecycles, warmup);
        Map<String, List<Lifecycles.Run>> rounds = new LinkedHashMap<>();
        for (int round = 0; round < options.lifecycleRounds(); round++) {
            pass(lifecycles, round, rounds, (kind, run) -> log(String.format(
                    "  %s, %d thread(s): %.2f lifecycles/s, %.1f ms CPU each, JIT %d ms, GC %d ms", kind.label(),
                    run.threads(), run.perSecond(), run.cpuMsPerLifecycle(), run.jitCompilationMs(), run.gcMs())));
        }
        Map<String, List<Double>> measured = perRound(rounds, run -> Samples.round(run.perSecond()));
        Map<String, List<Double>> cpu = perRound(rounds, run -> Samples.round(run.cpuMsPerLifecycle()));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("method", options.lifecycleRounds() + " rounds of " + options.lifecycleSeconds()
                + " s for each kind and thread count, ours and bare in turns of " + Lifecycles.SLICE_SECONDS
                + " s (A B B A...; which goes first alternates from round to round); lifecycles per second is each"
                + " driving thread's own rate, summed; the ratio is the median of the rounds' own ratios, as both"
                + " kinds of a round run on the machine in the same state; 'ratio_of_medians' divides the medians"
                + " instead; after the warm-up: the same rounds, not counted, for at least " + options.warmupSeconds()
                + " s, then until the JIT compiler spends under " + Math.round(JIT_QUIET_SHARE * 100)
                + " % of a warm-up pass's running time compiling (compiler threads summed; at most "
                + options.warmupSeconds() * WARMUP_LIMIT_FACTOR
                + " s). CPU: thread CPU time of the driving threads per lifecycle (ThreadMXBean), without the JIT"
                + " compiler's and the collector's threads");
        result.put("warmup_ended", warmupEnded);
        result.put("all_rounds", measured);
        result.put("all_rounds_cpu_ms_per_lifecycle", cpu);
        result.put("all_rounds_machine_steal_ms", perRound(rounds, Lifecycles.Run::machineStealMs));
        result.put("all_rounds_jit_compilation_ms", perRound(rounds, Lifecycles.Run::jitCompilationMs));
        result.put("all_rounds_gc_ms", perRound(rounds, Lifecycles.Run::gcMs));
        result.put("warmup_rounds", perRound(warmup, run -> Samples.round(run.perSecond())));
        result.put("warmup_rounds_jit_compilation_ms", perRound(warmup, Lifecycles.Run::jitCompilationMs));
        for (int threads = 1; threads <= 2; threads++) {
            String oursKey = Lifecycles.Kind.OURS.roundsKey(threads);
            String bareKey = Lifecycles.Kind.BARE.roundsKey(threads);
            double ours = median(measured.get(oursKey));
            double bare = median(measured.get(bareKey));
            double oursCpu = median(cpu.get(oursKey));
            double bareCpu = median(cpu.get(bareKey));
            List<Double> roundRatios = new ArrayList<>();
            for (int round = 0; round < options.lifecycleRounds(); round++) {
                roundRatios.add(Samples.round(measured.get(oursKey).get(round) / measured.get(bareKey).get(round)));
            }
            double ratio = median(roundRatios);
            double ratioOfMedians = Samples.round(ours / bare);
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("ours_per_second", ours);
            t.put("bare_per_second", bare);
            t.put("ratio", ratio);
            t.put("round_ratios", roundRatios);
            t.put("ratio_of_medians", ratioOfMedians);
            t.put("ours_cpu_ms_per_lifecycle", oursCpu);
            t.put("bare_cpu_ms_per_lifecycle", bareCpu);
            t.put("cpu_ratio_bare_over_ours", Samples.round(bareCpu / oursCpu));
            result.put(threads + "_thread" + (threads > 1 ? "s" : ""), t);
            row(database.label(), "lifecycles", threads + " thread(s): ours", ours, "lifecycles/s", "");
            row(database.label(), "lifecycles", threads + " thread(s): bare", bare, "lifecycles/s", "");
            row(database.label(), "lifecycles", threads + " thread(s): ratio ours/bare (median of rounds)", ratio, "x", ">= 0.8");
            row(database.label(), "lifecycles", threads + " thread(s): ratio of medians ours/bare", ratioOfMedians, "x", "");
            row(database.label(), "lifecycles", threads + " thread(s): CPU per lifecycle, ours", oursCpu, "ms", "");
            row(database.label(), "lifecycles", threads + " thread(s): CPU per lifecycle, bare", bareCpu, "ms", "");
            row(database.label(), "lifecycles", threads + " thread(s): CPU ratio bare/ours", Samples.round(bareCpu / oursCpu), "x", "");
        }
        return result;
    }

    /** One figure of each round, under the same keys as the rounds. */
    private static <T> Map<String, List<T>> perRound(Map<String, List<Lifecycles.Run>> rounds, Function<Lifecycles.Run, T> figure) {
        Map<String, List<T>> figures = new LinkedHashMap<>();
        rounds.forEach((key, runs) -> figures.put(key, runs.stream().map(figure).toList()));
        return figures;
    }

    /** The warm-up goes on past its minimum while the JIT compiler takes more than this share of a round. */
    private static final double JIT_QUIET_SHARE = 0.10;
    /** ...but no longer than this many times its minimum. */
    private static final int WARMUP_LIMIT_FACTOR = 3;

    /**
     * Uncounted rounds, both kinds on one and two threads, until the JIT compiler has done its work: on
     * two cores it competes with the lifecycles, our code (Hibernate included) has more to compile than
     * the bare process, and a server runs for days once compiled. A fixed minute was not always enough
     * (docs/performance.md, « Relancer le banc »). Says when and why it ended.
     */
    private String warmUp(Lifecycles lifecycles, Map<String, List<Lifecycles.Run>> warmup) {
        long start = System.nanoTime();
        double minimum = options.warmupSeconds();
        double limit = minimum * WARMUP_LIMIT_FACTOR;
        for (int index = 0; ; index++) {
            AtomicLong jit = new AtomicLong();
            pass(lifecycles, index, warmup, (kind, run) -> jit.addAndGet(run.jitCompilationMs()));
            long jitMs = jit.get();
            // Each pass runs both kinds on one and on two threads, each for a round's time.
            double passSeconds = 2 * Lifecycles.Kind.values().length * options.lifecycleSeconds();
            double elapsed = (System.nanoTime() - start) / 1e9;
            double jitShare = jitMs / 1000.0 / passSeconds;
            log(String.format("  warm-up %.0f s: JIT compile time %.0f %% of the last pass (compiler threads summed)",
                    elapsed, jitShare * 100));
            if (elapsed >= minimum && jitShare < JIT_QUIET_SHARE) {
                return String.format("after %.0f s: JIT compile time %.0f %% of the last pass", elapsed, jitShare * 100);
            }
            if (elapsed >= limit) {
                return String.format("after %.0f s, the limit: JIT compile time still %.0f %% of the last pass", elapsed, jitShare * 100);
            }
        }
    }

    /**
     * One pass of paired rounds, on one then two threads: each kind's run is added to {@code runs} under
     * its key, then handed to {@code each}. Warm-up and measurement take the same passes.
     */
    private void pass(Lifecycles lifecycles, int index, Map<String, List<Lifecycles.Run>> runs,
            BiConsumer<Lifecycles.Kind, Lifecycles.Run> each) {
        for (int threads = 1; threads <= 2; threads++) {
            Map<Lifecycles.Kind, Lifecycles.Run> round =
                    lifecycles.pairedRound(threads, options.lifecycleSeconds(), Lifecycles.Kind.firstInRound(index));
            for (Lifecycles.Kind kind : Lifecycles.Kind.values()) {
                Lifecycles.Run run = round.get(kind);
                runs.computeIfAbsent(kind.roundsKey(threads), k -> new ArrayList<>()).add(run);
                each.accept(kind, run);
            }
        }
    }

    private Map<String, Object> transactions(ApplicationUnderBenchmark app) {
        Lifecycles lifecycles = new Lifecycles(app);
        int n = options.countedLifecycles();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("method", "client: every commit through the application's DataSource, 'writing' when the transaction ran "
                + "an insert, update, delete or select for update; server: pg_stat_database.xact_commit of the benchmark's "
                + "database over the same lifecycles, minus a blank reading (the same wait, no work): the readings' own "
                + "connections");
        result.put("lifecycles_counted", n);
        result.put("wait_states_per_lifecycle", Lifecycles.WAIT_STATES);
        ServerTransactions.Counts reading = ServerTransactions.read();
        Map<Lifecycles.Kind, ServerTransactions.Counts> server = new LinkedHashMap<>();
        Map<Lifecycles.Kind, TransactionCounter.Snapshot> client = new LinkedHashMap<>();
        for (Lifecycles.Kind kind : Lifecycles.Kind.values()) {
            TransactionCounter.Snapshot before = app.transactions.snapshot();
            for (int i = 0; i < n; i++) {
                lifecycles.run(kind);
            }
            app.awaitOutboxSent(); // the mails these lifecycles queued are sent in this window, not the next kind's
            client.put(kind, app.transactions.snapshot().minus(before));
            ServerTransactions.Counts next = ServerTransactions.read();
            server.put(kind, next.minus(reading));
            reading = next;
        }
        ServerTransactions.Counts blank = ServerTransactions.read().minus(reading);
        result.put("server_blank_commits", blank.commits());
        for (Lifecycles.Kind kind : Lifecycles.Kind.values()) {
            ServerTransactions.Counts s = server.get(kind).minus(blank);
            TransactionCounter.Snapshot c = client.get(kind);
            Map<String, Object> k = new LinkedHashMap<>();
            k.put("server_commits_per_lifecycle", Samples.round(s.commits() / (double) n));
            k.put("server_rollbacks_per_lifecycle", Samples.round(s.rollbacks() / (double) n));
            k.put("writing_per_lifecycle", Samples.round(c.writing() / (double) n));
            k.put("writing_scheduled_per_lifecycle", Samples.round(c.writingScheduled() / (double) n));
            k.put("read_only_per_lifecycle", Samples.round(c.readOnly() / (double) n));
            k.put("rolled_back_per_lifecycle", Samples.round(c.rolledBack() / (double) n));
            k.put("statements_per_lifecycle", Samples.round(c.statements() / (double) n));
            k.put("writing_per_wait_state", Samples.round(c.writing() / (double) n / Lifecycles.WAIT_STATES));
            result.put(kind.label(), k);
            log("  " + kind.label() + ": " + k);
            row("postgresql", "transactions", kind.label() + ": server commits per lifecycle", k.get("server_commits_per_lifecycle"), "", "");
            row("postgresql", "transactions", kind.label() + ": writing per lifecycle", k.get("writing_per_lifecycle"), "",
                    "<= " + Lifecycles.WAIT_STATES);
            row("postgresql", "transactions", kind.label() + ": of which on scheduler threads (outbox and scheduled jobs)",
                    k.get("writing_scheduled_per_lifecycle"), "", "");
            row("postgresql", "transactions", kind.label() + ": read-only per lifecycle", k.get("read_only_per_lifecycle"), "", "");
            row("postgresql", "transactions", kind.label() + ": statements per lifecycle", k.get("statements_per_lifecycle"), "", "");
            row("postgresql", "transactions", kind.label() + ": writing per wait state", k.get("writing_per_wait_state"), "", "<= 1");
        }
        return result;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String version(Database database) throws SQLException {
        String version = database.queryRow(database == Database.POSTGRES ? "select version()" : "select h2version()",
                row -> row.getString(1));
        return (database == Database.H2 ? "H2 " : "") + version;
    }

    private void row(String database, String part, String metric, Object value, String unit, String target) {
        rows.add(List.of(database, part, metric, value == null ? "" : value, unit, target));
    }

    private void write() throws IOException {
        // Only a complete run replaces the figures kept in docs/: a partial one would erase the others
        Path directory = options.mode().equals("full") ? Path.of("docs", "benchmark-results") : Path.of("target", "benchmark-results");
        Files.createDirectories(directory);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Path jsonFile = directory.resolve("benchmark-" + options.mode() + ".json");
        json.writeValue(jsonFile.toFile(), results);
        StringBuilder csv = new StringBuilder("database,part,metric,value,unit,target\n");
        for (List<Object> row : rows) {
            csv.append(row.stream().map(v -> {
                String s = String.valueOf(v);
                return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
            }).collect(Collectors.joining(","))).append('\n');
        }
        Path csvFile = directory.resolve("benchmark-" + options.mode() + ".csv");
        Files.writeString(csvFile, csv);
        log("Results: " + jsonFile + ", " + csvFile);
        System.out.print(csv);
    }

    static void log(String message) {
        System.out.println("[benchmark " + java.time.LocalTime.now().withNano(0) + "] " + message);
    }
}
