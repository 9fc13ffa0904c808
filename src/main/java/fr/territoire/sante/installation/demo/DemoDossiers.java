package fr.territoire.sante.installation.demo;

import fr.territoire.sante.installation.dossier.DossierRepository;
import fr.territoire.sante.installation.matching.ReponsesLieux;
import fr.territoire.sante.installation.visits.PlanningVisites;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Trial run ("demo" profile only): on first start, with no dossier in the store, drives about thirty
 * fictional dossiers through the protocol, as the demo staff, so that a newcomer finds a living reporting
 * table, Tasklist and Cockpit. Runs once the application is ready, hence after DemoUsers (PostDeployEvent,
 * published while the context starts) has created the staff whose names the journal shows.
 */
@Component
@Profile("demo")
class DemoDossiers {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDossiers.class);

    private final ProcessEngine engine;
    private final DossierRepository dossiers;
    private final DemoCatalogue catalogue;
    private final PlanningVisites planning;
    private final ReponsesLieux reponses;

    DemoDossiers(ProcessEngine engine, DossierRepository dossiers, DemoCatalogue catalogue, PlanningVisites planning,
            ReponsesLieux reponses) {
        this.engine = engine;
        this.dossiers = dossiers;
        this.catalogue = catalogue;
        this.planning = planning;
        this.reponses = reponses;
    }

    @EventListener(ApplicationReadyEvent.class)
    void auDemarrage() {
        creer();
    }

    /** Returns how many dossiers were created: none as soon as the store holds one. */
    int creer() {
        if (dossiers.count() > 0) {
            return 0;
        }
        // The matching task picks catalogue sites: the fictional catalogue first (nothing if it has sites).
        catalogue.creer();
        List<Scenario> scenarios = Scenarios.chronologiques();
        Saisies saisies = new Saisies(engine);
        Instant maintenant = ClockUtil.getCurrentTime().toInstant();
        // The engine's clock is moved back and forth while dossiers are dated in the past: the job executor
        // must not acquire jobs against that clock meanwhile (it would also race us for the timers we fire).
        JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        boolean relancer = jobExecutor != null && jobExecutor.isActive();
        if (relancer) {
            jobExecutor.shutdown();
        }
        try {
            for (int rang = 0; rang < scenarios.size(); rang++) {
                new Parcours(saisies, planning, reponses, scenarios.get(rang), rang, maintenant).mener();
            }
        } finally {
            ClockUtil.reset();
            engine.getIdentityService().clearAuthentication();
            if (relancer) {
                jobExecutor.start();
            }
        }
        LOG.warn("Profil demo : {} dossiers fictifs créés (personnes, lieux et dates inventés){}.", scenarios.size(),
                saisies.alertesEnAttente() == 0 ? ""
                        : " ; " + saisies.alertesEnAttente() + " alertes de retard de croisement non envoyées faute de "
                                + "serveur de courriel, le moteur les retentera");
        return scenarios.size();
    }
}
