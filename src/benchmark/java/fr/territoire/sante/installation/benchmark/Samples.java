package fr.territoire.sante.installation.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Latencies of repeated calls, in milliseconds, and their percentiles (nearest rank). */
final class Samples {

    private final double[] millis;
    private int size;

    Samples(int capacity) {
        this.millis = new double[capacity];
    }

    /** Times the call and records it. */
    void time(Runnable call) {
        long start = System.nanoTime();
        call.run();
        millis[size++] = (System.nanoTime() - start) / 1_000_000.0;
    }

    static Samples measure(int warmup, int count, Runnable call) {
        for (int i = 0; i < warmup; i++) {
            call.run();
        }
        Samples samples = new Samples(count);
        for (int i = 0; i < count; i++) {
            samples.time(call);
        }
        return samples;
    }

    /** Like {@link #measure}, but stops early once maxSeconds have passed (for calls that take seconds). */
    static Samples measureFor(int warmup, int count, double maxSeconds, Runnable call) {
        long deadline = System.nanoTime() + (long) (maxSeconds * 1e9);
        for (int i = 0; i < warmup && System.nanoTime() < deadline; i++) {
            call.run();
        }
        Samples samples = new Samples(count);
        do {
            samples.time(call);
        } while (samples.size < count && System.nanoTime() < deadline);
        return samples;
    }

    /**
     * Calls repeatedly for warmupSeconds, timing each call, then takes count samples (within
     * maxSeconds). Returns the samples' summary, what a server that has been answering for a while
     * gives, with the warm-up calls' own summary under "warmup": the calls while the JIT compiler still
     * works on this path and PostgreSQL still plans each statement afresh on its new connections.
     */
    static Map<String, Object> measureWarmedFor(double warmupSeconds, int count, double maxSeconds, Runnable call) {
        long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        Samples warmup = new Samples(1_000_000);
        do {
            warmup.time(call);
        } while (System.nanoTime() < warmupEnd && warmup.size < warmup.millis.length);
        long[] gcBefore = garbageCollections();
        long stealBefore = Machine.stealMillis();
        Map<String, Object> result = new LinkedHashMap<>(measureFor(0, count, maxSeconds, call).summary());
        long[] gcAfter = garbageCollections();
        long stealAfter = Machine.stealMillis();
        // Pauses of the whole JVM land on whichever calls they hit: how many there were says how much of the tail is theirs
        result.put("gc_collections", gcAfter[0] - gcBefore[0]);
        result.put("gc_ms", gcAfter[1] - gcBefore[1]);
        if (stealBefore >= 0 && stealAfter >= 0) {
            // Time the hypervisor gave this virtual machine's cores to others, over both cores
            result.put("machine_steal_ms", stealAfter - stealBefore);
        }
        result.put("warmup_seconds", warmupSeconds);
        result.put("warmup", warmup.summary());
        return result;
    }

    /** Collections so far and their accumulated time in milliseconds, over all the JVM's collectors. */
    static long[] garbageCollections() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, collector.getCollectionCount());
            millis += Math.max(0, collector.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    double percentile(double p) {
        double[] sorted = Arrays.copyOf(millis, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))];
    }

    Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("samples", size);
        summary.put("p50_ms", round(percentile(50)));
        summary.put("p95_ms", round(percentile(95)));
        summary.put("p99_ms", round(percentile(99)));
        summary.put("max_ms", round(percentile(100)));
        return summary;
    }

    static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }
}
