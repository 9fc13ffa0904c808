package fr.territoire.sante.installation.operations;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A value computed at most once per period: the gauges of one scrape read the same query's result
 * instead of running it once each.
 */
final class Snapshot<T> {

    private final Supplier<T> compute;
    private final long periodNanos;
    private T value;
    private long takenAt;

    Snapshot(Supplier<T> compute, Duration period) {
        this.compute = compute;
        this.periodNanos = period.toNanos();
    }

    synchronized T get() {
        long now = System.nanoTime();
        if (value == null || now - takenAt > periodNanos) {
            value = compute.get();
            takenAt = now;
        }
        return value;
    }
}
