package fr.territoire.sante.installation.benchmark;

import static fr.territoire.sante.installation.benchmark.ApplicationUnderBenchmark.CLS_USER;
import static fr.territoire.sante.installation.benchmark.ApplicationUnderBenchmark.CPTS_USER;

import fr.territoire.sante.installation.process.DossierDriver;
import fr.territoire.sante.installation.process.SitesDeTest;
import fr.territoire.sante.installation.process.VisitesDeTest;
import fr.territoire.sante.installation.visits.PlanningVisites;
import fr.territoire.sante.installation.process.ProcessKeys;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * One dossier's whole happy path, from the request form to the end of the 12-month follow-up, driven
 * as staff drive it in Tasklist: each step authenticated as the CLS or CPTS member whose group the
 * task is for, the task found with a task query, then its form submitted through the FormService with
 * realistic values ({@link DossierDriver}); each timer found with a job query and fired the way the
 * job executor would, without a user. The bare lifecycle does the same calls on the bare process.
 */
final class Lifecycles {

    /** User tasks completed (the visit-report task runs twice) and timers fired on the happy path. */
    static final int USER_TASKS = 15;
    static final int TIMERS = 4;
    /**
     * Asynchronous continuations on the happy path (since 06/12): after each of the two visit reports,
     * and before the join, once per arriving branch (the élus' task and the reports' sub-process).
     */
    static final int ASYNC_CONTINUATIONS = 4;
    /** Transactions that must write: the start, every task completed, every timer fired, every continuation. */
    static final int WAIT_STATES = 1 + USER_TASKS + TIMERS + ASYNC_CONTINUATIONS;
    /** How long one kind runs at a time within a round (see {@link #pairedRound}). */
    static final double SLICE_SECONDS = 1.5;

    enum Kind {
        OURS, BARE;

        String label() {
            return this == OURS ? "accompagnement-installation" : "bare";
        }

        String processKey() {
            return this == OURS ? ProcessKeys.ACCOMPAGNEMENT : ApplicationUnderBenchmark.BARE_PROCESS;
        }

        /** Which kind starts a round alternates from one round to the next. */
        static Kind firstInRound(int round) {
            return round % 2 == 0 ? OURS : BARE;
        }

        /** How the JSON names this kind's rounds on that many threads. */
        String roundsKey(int threads) {
            return label() + " " + threads + " thread(s)";
        }
    }

    private final ApplicationUnderBenchmark app;
    private final ProcessEngine engine;

    Lifecycles(ApplicationUnderBenchmark app) {
        this.app = app;
        this.engine = app.engine;
    }

    /**
     * Both kinds take the same steps with the same form values, as staff would submit them in Tasklist:
     * the bare process receives what ours receives, and only what our listeners and store do differs.
     */
    void run(Kind kind) {
        // The matching task picks catalogue sites: the same ones, created once, for both kinds.
        DossierDriver dossier = new DossierDriver(engine, kind.processKey()).withCatalogue(SitesDeTest.dans(app.context));
        if (kind == Kind.OURS) {
            // Ours refuses the organisation task until visits are planned on the dossier page: plan them as staff would.
            dossier.planifiantLesVisitesAvec(VisitesDeTest.unParLieu(app.context.getBean(PlanningVisites.class)));
        }
        HappyPath.drive(dossier, (member, step) -> app.as(member.equals(HappyPath.CLS) ? CLS_USER : CPTS_USER, step));
        ensureEnded(dossier.instance().getId());
    }

    /** One count query per lifecycle: noise next to its forty-odd transactions, and it proves the path. */
    private void ensureEnded(String instanceId) {
        if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId).count() != 0) {
            throw new IllegalStateException("the lifecycle did not reach its end: " + instanceId);
        }
    }

    /**
     * What one measurement gave: lifecycles completed, seconds each driving thread spent on them
     * (summed over the threads), CPU time of those threads, the CPU time the hypervisor took from the
     * machine meanwhile (-1 where unknown), the time the JIT compiler spent compiling meanwhile (on two
     * cores, it competes with the lifecycles) and the collector's reported time. Runs of one kind add
     * up, slice by slice.
     */
    record Run(int threads, int completed, double threadSeconds, long cpuNanos, long machineStealMs, long jitCompilationMs,
            long gcMs) {

        /**
         * Each thread's own rate, summed: a thread that finished its last lifecycle early and waits for
         * the other does not count as slow.
         */
        double perSecond() {
            return completed / threadSeconds * threads;
        }

        double cpuMsPerLifecycle() {
            return cpuNanos / 1e6 / Math.max(1, completed);
        }

        Run plus(Run other) {
            return new Run(threads, completed + other.completed, threadSeconds + other.threadSeconds,
                    cpuNanos + other.cpuNanos,
                    machineStealMs < 0 || other.machineStealMs < 0 ? -1 : machineStealMs + other.machineStealMs,
                    jitCompilationMs + other.jitCompilationMs, gcMs + other.gcMs);
        }
    }

    /**
     * Lifecycles of one kind on n threads, each thread looping until the time is up. The CPU time the
     * driving threads used (engine, listeners, store and H2 itself all run on them) does not count what
     * the JIT compiler or the collector spend beside them, nor time the machine's other tenants take.
     */
    Run throughput(Kind kind, int threads, double seconds) {
        AtomicInteger completed = new AtomicInteger();
        AtomicLong cpuNanos = new AtomicLong();
        AtomicLong threadNanos = new AtomicLong();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long jitStart = jit.getTotalCompilationTime();
        long gcStart = Samples.garbageCollections()[1];
        long stealStart = Machine.stealMillis();
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        Concurrently.run(threads, thread -> {
            long cpuStart = cpu.getCurrentThreadCpuTime();
            while (System.nanoTime() < deadline) {
                run(kind);
                completed.incrementAndGet();
            }
            threadNanos.addAndGet(System.nanoTime() - start);
            cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - cpuStart);
        });
        long stealEnd = Machine.stealMillis();
        return new Run(threads, completed.get(), threadNanos.get() / 1e9, cpuNanos.get(),
                stealStart < 0 || stealEnd < 0 ? -1 : stealEnd - stealStart, jit.getTotalCompilationTime() - jitStart,
                Samples.garbageCollections()[1] - gcStart);
    }

    /**
     * One round: both kinds on n threads, each for {@code seconds} in all, in slices of about
     * {@link #SLICE_SECONDS} taken in turns in the order A B B A A B…, A being {@code first}, so that a
     * machine getting steadily faster or slower favours neither. The speed of these virtual machines
     * drifts within seconds: the shorter the turns, the more alike both kinds' conditions.
     */
    Map<Kind, Run> pairedRound(int threads, double seconds, Kind first) {
        int pairs = Math.max(1, (int) Math.round(seconds / SLICE_SECONDS));
        Kind second = first == Kind.OURS ? Kind.BARE : Kind.OURS;
        Map<Kind, Run> runs = new EnumMap<>(Kind.class);
        for (int pair = 0; pair < pairs; pair++) {
            for (Kind kind : pair % 2 == 0 ? List.of(first, second) : List.of(second, first)) {
                runs.merge(kind, throughput(kind, threads, seconds / pairs), Run::plus);
            }
        }
        return runs;
    }

}
