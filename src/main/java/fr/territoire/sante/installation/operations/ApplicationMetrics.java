package fr.territoire.sante.installation.operations;

import fr.territoire.sante.installation.dossier.DossierFigures;
import fr.territoire.sante.installation.dossier.Etape;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.stereotype.Component;

/**
 * The figures an operator watches, for Prometheus: the protocol's (dossiers under way by stage,
 * dossiers late) and the engine's (jobs due and failed, incidents, open tasks, and the engine's own
 * counters). Each is an aggregate query run when Prometheus scrapes; the stage counts come from one
 * query shared by the stages, kept a few seconds. E-mails sent and failed are counted by the mailer.
 */
@Component
class ApplicationMetrics implements MeterBinder {

    private final DossierFigures figures;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final Snapshot<Map<Etape, Long>> openByStage;

    ApplicationMetrics(DossierFigures figures, ManagementService management, RuntimeService runtime, TaskService tasks) {
        this.figures = figures;
        this.management = management;
        this.runtime = runtime;
        this.tasks = tasks;
        this.openByStage = new Snapshot<>(figures::openByStage, Duration.ofSeconds(5));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Etape etape : Etape.values()) {
            if (etape != Etape.CLOS) {
                Gauge.builder("accompagnement.dossiers.open", openByStage, s -> s.get().getOrDefault(etape, 0L))
                        .description("Dossiers en cours, par étape du protocole")
                        .tag("stage", etape.name().toLowerCase())
                        .register(registry);
            }
        }
        Gauge.builder("accompagnement.dossiers.late", figures, DossierFigures::late)
                .description("Dossiers en cours en retard (délai de croisement dépassé ou tâche échue)")
                .register(registry);
        Gauge.builder("camunda.jobs.due", management, m -> m.createJobQuery().executable().count())
                .description("Travaux du moteur (minuteries, tâches asynchrones) échus et exécutables")
                .register(registry);
        Gauge.builder("camunda.jobs.failed", management, m -> m.createJobQuery().noRetriesLeft().count())
                .description("Travaux du moteur sans nouvel essai restant")
                .register(registry);
        Gauge.builder("camunda.incidents.open", runtime, r -> r.createIncidentQuery().count())
                .description("Incidents ouverts, visibles dans Cockpit")
                .register(registry);
        Gauge.builder("camunda.tasks.open", tasks, t -> t.createTaskQuery().count())
                .description("Tâches ouvertes dans Tasklist")
                .register(registry);
        engineCounter(registry, Metrics.ROOT_PROCESS_INSTANCE_START, "camunda.process.instances.started",
                "Processus démarrés (dossiers et déclarations)");
        engineCounter(registry, Metrics.ACTIVTY_INSTANCE_START, "camunda.activity.instances.started",
                "Étapes de processus commencées");
        engineCounter(registry, Metrics.JOB_SUCCESSFUL, "camunda.jobs.successful", "Travaux du moteur réussis");
        engineCounter(registry, Metrics.JOB_FAILED, "camunda.jobs.failures", "Échecs de travaux du moteur (avant nouvel essai)");
    }

    /** The engine's own counters, which it writes to its tables every 15 minutes by default. */
    private void engineCounter(MeterRegistry registry, String engineName, String name, String description) {
        FunctionCounter.builder(name, management, m -> m.createMetricsQuery().name(engineName).sum())
                .description(description + " ; mis à jour par le moteur toutes les 15 minutes")
                .register(registry);
    }
}
