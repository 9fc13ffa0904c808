package fr.territoire.sante.installation.benchmark;

import static fr.territoire.sante.installation.benchmark.ApplicationUnderTest.CLS_USER;
import static fr.territoire.sante.installation.benchmark.ApplicationUnderTest.CPTS_USER;

import fr.territoire.sante.installation.process.DossierDriver;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

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
    /** Transactions that must write: the start, every task completed, every timer fired. */
    static final int WAIT_STATES = 1 + USER_TASKS + TIMERS;

    enum Kind {
        OURS, BARE;

        String label() {
            return this == OURS ? "accompagnement-installation" : "bare";
        }
    }

    private final ApplicationUnderTest app;
    private final ProcessEngine engine;

    Lifecycles(ApplicationUnderTest app) {
        this.app = app;
        this.engine = app.engine;
    }

    void run(Kind kind) {
        if (kind == Kind.OURS) {
            ours();
        } else {
            bare();
        }
    }

    void ours() {
        DossierDriver dossier = new DossierDriver(engine);
        app.as(CLS_USER, dossier::start);
        app.as(CLS_USER, dossier::proposerRendezVous);
        app.as(CLS_USER, () -> dossier.menerEntretien(true));
        app.as(CPTS_USER, dossier::renseignerProjetProfessionnel);
        app.as(CLS_USER, dossier::renseignerEnvironnement);
        app.as(CPTS_USER, () -> dossier.croiser("Maison de santé des Tilleuls – Bourg-Fictif", "Cabinet du Lac – Val-Imaginaire"));
        app.as(CPTS_USER, dossier::organiserVisites);
        app.as(CLS_USER, dossier::informerElus);
        app.as(CPTS_USER, dossier::rendreCompteDesVisites);
        app.as(CPTS_USER, dossier::menerDebriefAChaud);
        app.as(CLS_USER, dossier::mettreAJourReporting);
        dossier.fireTimer("TimerEvent_DateDebriefAFroid");
        app.as(CLS_USER, () -> dossier.menerDebriefAFroid("installation"));
        for (int mois : new int[] {3, 6, 12}) {
            dossier.fireTimer("TimerEvent_Suivi" + mois + "Mois");
            app.as(mois == 6 ? CPTS_USER : CLS_USER, () -> dossier.realiserSuivi(mois));
        }
        ensureEnded(dossier.instance().getId());
    }

    void bare() {
        String[] started = new String[1];
        app.as(CLS_USER, () -> started[0] = engine.getFormService().submitStartForm(
                engine.getRepositoryService().createProcessDefinitionQuery()
                        .processDefinitionKey(ApplicationUnderTest.BARE_PROCESS).latestVersion().singleResult().getId(),
                Map.of()).getId());
        String instance = started[0];
        submit(instance, CLS_USER, "UserTask_ProposerRendezVous", Map.of());
        submit(instance, CLS_USER, "UserTask_MenerEntretien", Map.of("poursuitDemarche", true));
        submit(instance, CPTS_USER, "UserTask_RenseignerProjetProfessionnel", Map.of());
        submit(instance, CLS_USER, "UserTask_RenseignerEnvironnement", Map.of());
        submit(instance, CPTS_USER, "UserTask_CroiserBesoinsLieux", Map.of("lieuxTrouves", true));
        submit(instance, CPTS_USER, "UserTask_OrganiserVisites", Map.of());
        submit(instance, CLS_USER, "UserTask_InformerElus", Map.of());
        submit(instance, CPTS_USER, "UserTask_RendreCompteVisite", Map.of());
        submit(instance, CPTS_USER, "UserTask_MenerDebriefAChaud", Map.of());
        submit(instance, CLS_USER, "UserTask_MettreAJourReporting", Map.of());
        fire(instance, "TimerEvent_DateDebriefAFroid");
        submit(instance, CLS_USER, "UserTask_MenerDebriefAFroid", Map.of("decisionDebrief", "installation"));
        for (int mois : new int[] {3, 6, 12}) {
            fire(instance, "TimerEvent_Suivi" + mois + "Mois");
            submit(instance, mois == 6 ? CPTS_USER : CLS_USER, "UserTask_RealiserSuivi" + mois + "Mois", Map.of());
        }
        ensureEnded(instance);
    }

    /** Like {@link DossierDriver#submit}: one task query, then each task found submitted. */
    private void submit(String instance, String user, String taskKey, Map<String, Object> values) {
        app.as(user, () -> {
            List<Task> tasks = engine.getTaskService().createTaskQuery()
                    .processInstanceId(instance).taskDefinitionKey(taskKey).list();
            if (tasks.isEmpty()) {
                throw new IllegalStateException("no open task " + taskKey + " in " + instance);
            }
            for (Task task : tasks) {
                engine.getFormService().submitTaskForm(task.getId(), values);
            }
        });
    }

    private void fire(String instance, String activityId) {
        Job job = engine.getManagementService().createJobQuery()
                .processInstanceId(instance).activityId(activityId).timers().singleResult();
        engine.getManagementService().executeJob(job.getId());
    }

    /** One count query per lifecycle: noise next to its forty-odd transactions, and it proves the path. */
    private void ensureEnded(String instanceId) {
        if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId).count() != 0) {
            throw new IllegalStateException("the lifecycle did not reach its end: " + instanceId);
        }
    }

    /** Lifecycles per second of one kind on n threads, each thread looping until the time is up. */
    double throughput(Kind kind, int threads, double seconds) {
        AtomicInteger completed = new AtomicInteger();
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        Concurrently.run(threads, thread -> {
            while (System.nanoTime() < deadline) {
                run(kind);
                completed.incrementAndGet();
            }
        });
        double elapsed = (System.nanoTime() - start) / 1e9;
        return completed.get() / elapsed;
    }

}
