package fr.territoire.sante.installation.benchmark;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What to run and how long, from system properties: {@code benchmark.quick} (a smoke run of a minute
 * or two with small data), {@code benchmark.databases} (h2,postgresql), {@code benchmark.parts}
 * (startup,lifecycles,transactions,tasklist,reporting,ranking).
 */
record BenchmarkOptions(boolean quick, List<Database> databases, List<String> parts) {

    static BenchmarkOptions fromSystemProperties() {
        boolean quick = Boolean.parseBoolean(System.getProperty("benchmark.quick", "false"));
        List<Database> databases = Arrays.stream(System.getProperty("benchmark.databases", "h2,postgresql").split(","))
                .map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT).startsWith("h2") ? Database.H2 : Database.POSTGRES)
                .toList();
        List<String> parts = Arrays.stream(System.getProperty("benchmark.parts",
                        "startup,lifecycles,transactions,tasklist,reporting,ranking").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new BenchmarkOptions(quick, databases, parts);
    }

    boolean runs(String part) {
        return parts.contains(part);
    }

    /**
     * "full" only for a run of every part on every database, the one whose results are kept in
     * docs/; "partial" for a full-length run of some of them, "quick" for a smoke run.
     */
    String mode() {
        if (quick) {
            return "quick";
        }
        return complete() ? "full" : "partial";
    }

    private boolean complete() {
        return databases.containsAll(List.of(Database.values()))
                && parts.containsAll(List.of("startup", "lifecycles", "transactions", "tasklist", "reporting"));
    }

    int openDossiers() {
        return quick ? 1_000 : 10_000;
    }

    int storeDossiers() {
        return quick ? 10_000 : 100_000;
    }

    /** Latency samples per measured query. */
    int samples() {
        return quick ? 30 : 200;
    }

    /**
     * Samples of a Tasklist page that answers in milliseconds: enough for a p99 that is more than the
     * few slowest calls.
     */
    int latencySamples() {
        return quick ? 200 : 2_000;
    }

    /**
     * Seconds a fast Tasklist page is called, timed but apart, before its samples: each phase starts
     * on fresh connections, and its code path is new to the JIT compiler, which competes for the same
     * two cores. {@code -Dbenchmark.latency.warmup=SECONDS} overrides it.
     */
    double latencyWarmupSeconds() {
        return number("benchmark.latency.warmup", quick ? 2 : 15);
    }

    /** Time allowed to the queries known to take seconds (Tasklist before the fix). */
    double slowSeconds() {
        return quick ? 10 : 15;
    }

    /**
     * Least seconds of uncounted rounds first (both kinds, 1 and 2 threads, in turns), so that the JIT
     * compiler has done its work: on two cores it competes with the lifecycles for one to three
     * minutes. The warm-up goes on while it still compiles much (BenchmarkMain). {@code
     * -Dbenchmark.warmup=SECONDS} overrides it.
     */
    double warmupSeconds() {
        return number("benchmark.warmup", quick ? 4 : 60);
    }

    /** Rounds of (ours, bare) × (1 thread, 2 threads); each measurement lasts lifecycleSeconds. */
    int lifecycleRounds() {
        return quick ? 1 : 7;
    }

    /** {@code -Dbenchmark.round=SECONDS} overrides it. */
    double lifecycleSeconds() {
        return number("benchmark.round", quick ? 2 : 6);
    }

    /** A number from a system property, or {@code otherwise} when it is not set. */
    private static double number(String property, double otherwise) {
        String value = System.getProperty(property, "");
        return value.isBlank() ? otherwise : Double.parseDouble(value.trim());
    }

    /** Lifecycles over which transactions are counted. */
    int countedLifecycles() {
        return quick ? 3 : 10;
    }

    /**
     * Whether start-up is also measured with class data sharing, each application with its own
     * archive ({@code -Dbenchmark.startup.cds=false} leaves it out; off in a quick run).
     */
    boolean startupWithClassDataSharing() {
        String value = System.getProperty("benchmark.startup.cds", "");
        return value.isBlank() ? !quick : Boolean.parseBoolean(value.trim());
    }

    /**
     * Counted start-ups of each application: one start varies by seconds from the next on two shared
     * cores, so a full run takes the median of five. {@code -Dbenchmark.startups=N} overrides it.
     */
    int startups() {
        return (int) number("benchmark.startups", quick ? 1 : 5);
    }
}
