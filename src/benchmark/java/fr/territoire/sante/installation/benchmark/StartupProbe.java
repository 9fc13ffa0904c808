package fr.territoire.sante.installation.benchmark;

import fr.territoire.sante.installation.process.DossierDriver;
import fr.territoire.sante.installation.process.ProcessKeys;
import fr.territoire.sante.installation.process.SitesDeTest;
import fr.territoire.sante.installation.process.VisitesDeTest;
import fr.territoire.sante.installation.visits.PlanningVisites;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;

/**
 * Run in a JVM of its own by {@link Startup}: starts one application (ours, the bare one or the bare
 * one with our libraries: {@code ours}, {@code bare}, {@code stack}; {@code image}: ours from the
 * extracted jar the image runs) on a fresh
 * in-memory H2 database, with its web server on a free port, and prints one line:
 * {@code STARTUP <ms from JVM start to ready> <ms inside Spring> <heap used after full GC in bytes>
 * <ms for the first dossier's happy path>}.
 * With a second argument {@code steps}, it first prints Spring's own record of the start's longest
 * steps (context refresh, bean creations, repository set-up…), one {@code STEP <ms> <name> <tags>} line
 * each: where the time goes, from an uncounted start (recording them costs a little).
 */
public final class StartupProbe {

    /**
     * A fresh in-memory database, or with {@code -Dprobe.database=<file>} an H2 file that an earlier start
     * left: a restart, as a server restarts on its own database (schema, migrations and deployments there).
     */
    private static final String DATABASE = System.getProperty("probe.database") == null
            ? "jdbc:h2:mem:startup;DB_CLOSE_DELAY=-1"
            : "jdbc:h2:file:" + System.getProperty("probe.database") + ";DB_CLOSE_ON_EXIT=FALSE";

    private StartupProbe() {
    }

    public static void main(String[] args) {
        try {
            probe(args);
        } catch (Exception | Error failure) {
            // The application's own non-daemon threads (web server, job executor) would keep the JVM,
            // and the benchmark waiting on it, alive for good.
            failure.printStackTrace();
            System.exit(1);
        }
    }

    private static void probe(String[] args) throws Exception {
        String which = args[0];
        boolean steps = args.length > 1 && args[1].equals("steps");
        List<String> springArgs = new ArrayList<>(List.of(
                "--spring.datasource.url=" + DATABASE,
                "--spring.datasource.username=sa",
                "--spring.datasource.password=",
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--camunda.bpm.admin-user.id=admin",
                "--camunda.bpm.admin-user.password=" + BenchmarkMain.ADMIN_PASSWORD,
                "--camunda.bpm.authorization.enabled=true",
                // The first dossier runs its asynchronous continuations itself (DossierDriver.poursuivre),
                // as the lifecycles do: a job executor would race it for them.
                "--camunda.bpm.job-execution.enabled=false"));
        long springStart = System.nanoTime();
        long[] readyAt = new long[1];
        // by name: the bare JVM has no AccompagnementApplication on its class path
        SpringApplication application = new SpringApplication(Class.forName(isOurs(which)
                ? "fr.territoire.sante.installation.AccompagnementApplication"
                : which.equals("stack") ? BareStackApplication.class.getName() : BareCamundaApplication.class.getName()));
        BufferingApplicationStartup recorder = steps ? new BufferingApplicationStartup(100_000) : null;
        if (recorder != null) {
            application.setApplicationStartup(recorder);
        }
        application.addListeners(event -> {
            if (event instanceof ApplicationReadyEvent) {
                readyAt[0] = ManagementFactory.getRuntimeMXBean().getUptime();
            }
        });
        ConfigurableApplicationContext context = application.run(springArgs.toArray(String[]::new));
        long springMillis = (System.nanoTime() - springStart) / 1_000_000;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        long heap = memory.getHeapMemoryUsage().getUsed();
        if (recorder != null) {
            printLongestSteps(recorder.getBufferedTimeline().getEvents());
        }
        long firstDossierMillis = firstDossier(context, which);
        System.out.println("STARTUP " + readyAt[0] + " " + springMillis + " " + heap + " " + firstDossierMillis);
        context.close();
        System.exit(0);
    }

    /**
     * Milliseconds for the first dossier's whole happy path after start-up: what was left for later
     * (repositories set up at first use, JPQL parsed, code not yet compiled) shows here. Ours runs
     * its own process; the bare applications run the bare one, which their start deployed from the
     * class path. No user is authenticated: the probe measures the work, not the checks.
     */
    private static long firstDossier(ConfigurableApplicationContext context, String which) {
        ProcessEngine engine = context.getBean(ProcessEngine.class);
        String processKey = isOurs(which) ? ProcessKeys.ACCOMPAGNEMENT : ApplicationUnderBenchmark.BARE_PROCESS;
        long start = System.nanoTime();
        DossierDriver dossier = new DossierDriver(engine, processKey);
        if (isOurs(which)) {
            // As the lifecycles do: the matching task picks catalogue sites and the organisation task
            // wants the visits planned on the dossier page first.
            dossier.withCatalogue(SitesDeTest.dans(context))
                    .planifiantLesVisitesAvec(VisitesDeTest.unParLieu(context.getBean(PlanningVisites.class)));
        } else {
            // The bare process checks nothing: any ids do.
            AtomicLong ids = new AtomicLong();
            dossier.withCatalogue(label -> ids.incrementAndGet());
        }
        HappyPath.drive(dossier, (member, step) -> step.run());
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(dossier.instance().getId()).count() != 0) {
            throw new IllegalStateException("the first dossier did not reach its end");
        }
        return millis;
    }

    /** Our application, from the class path ({@code ours}) or from the extracted jar the image runs ({@code image}). */
    private static boolean isOurs(String which) {
        return which.equals("ours") || which.equals("image");
    }

    private static final int STEPS_PRINTED = 40;

    /** Nested steps overlap (a bean's creation includes the beans it needs): the lines do not add up. */
    private static void printLongestSteps(List<TimelineEvent> events) {
        events.stream()
                .sorted(Comparator.comparing(TimelineEvent::getDuration).reversed())
                .limit(STEPS_PRINTED)
                .forEach(event -> System.out.println("STEP " + event.getDuration().toMillis() + " " + describe(event.getStartupStep())));
    }

    private static String describe(StartupStep step) {
        StringBuilder line = new StringBuilder(step.getName());
        step.getTags().forEach(tag -> line.append(' ').append(tag.getKey()).append('=').append(tag.getValue()));
        return line.toString();
    }
}
