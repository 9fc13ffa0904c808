package fr.territoire.sante.installation.benchmark;

import fr.territoire.sante.installation.process.DossierDriver;
import fr.territoire.sante.installation.process.ProcessKeys;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the engine with open dossiers the way staff would: each one started through the request
 * form (the form's required fields, as {@link DossierDriver#demande()} fills them) by a CLS member,
 * so each has its dossier row, its first task for CLS and CPTS, and that task's authorizations.
 * Every tenth first task is then claimed by a CLS member. Two threads; starts grouped a few to a
 * transaction, only to save commits: each still runs the engine and our listener in full.
 */
final class OpenDossiers {

    private OpenDossiers() {
    }

    private static int take(java.util.concurrent.atomic.AtomicInteger remaining, int batch) {
        int before = remaining.getAndAdd(-batch);
        return Math.max(0, Math.min(batch, before));
    }

    static void create(ApplicationUnderBenchmark app, int count, int threads, int batch) {
        ProcessEngine engine = app.engine;
        TransactionTemplate transaction = new TransactionTemplate(app.bean(PlatformTransactionManager.class));
        String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(ProcessKeys.ACCOMPAGNEMENT).latestVersion().singleResult().getId();
        Map<String, Object> demande = DossierDriver.demande();
        java.util.concurrent.atomic.AtomicInteger remaining = new java.util.concurrent.atomic.AtomicInteger(count);
        Concurrently.run(threads, thread -> {
            int size;
            while ((size = take(remaining, batch)) > 0) {
                int n = size;
                app.as(ApplicationUnderBenchmark.CLS_USER, () -> transaction.executeWithoutResult(status -> {
                    for (int i = 0; i < n; i++) {
                        engine.getFormService().submitStartForm(definitionId, demande);
                    }
                }));
            }
        });
        List<Task> toClaim = engine.getTaskService().createTaskQuery()
                .processDefinitionKey(ProcessKeys.ACCOMPAGNEMENT).taskUnassigned().orderByTaskCreateTime().asc()
                .listPage(0, count / 10);
        transaction.executeWithoutResult(status -> toClaim.forEach(task ->
                engine.getTaskService().claim(task.getId(), ApplicationUnderBenchmark.CLS_USER)));
    }
}
