package fr.territoire.sante.installation.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.territoire.sante.installation.IntegrationTest;
import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierRepository;
import fr.territoire.sante.installation.dossier.Etape;
import fr.territoire.sante.installation.dossier.EvenementRepository;
import fr.territoire.sante.installation.dossier.Statut;
import fr.territoire.sante.installation.followup.SuiviRepository;
import fr.territoire.sante.installation.visits.VisiteRepository;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The whole protocol once more with the full Spring context on a real PostgreSQL. */
class PostgresHappyPathIT extends IntegrationTest {

    @Autowired
    DossierRepository dossiers;
    @Autowired
    ApplicationContext context;
    @Autowired
    VisiteRepository visites;
    @Autowired
    SuiviRepository suivis;
    @Autowired
    fr.territoire.sante.installation.visits.PlanningVisites planningVisites;
    @Autowired
    EvenementRepository evenements;

    @Test
    void takesADossierFromTheRequestToTheTwelveMonthFollowUpOnPostgres() {
        BpmnAwareTests.init(engine);
        DossierDriver dossier = new DossierDriver(engine).withCatalogue(SitesDeTest.dans(context))
                .planifiantLesVisitesAvec(VisitesDeTest.unParLieu(planningVisites)).start()
                .proposerRendezVous().menerEntretien(true).renseignerProjetProfessionnel().renseignerEnvironnement()
                .croiser("Maison de santé des Tilleuls – Bourg-Fictif", "Cabinet du Lac – Val-Imaginaire")
                .organiserVisites().informerElus().rendreCompteDesVisites()
                .menerDebriefAChaud().mettreAJourReporting();
        assertThat(dossiers.findByReference(dossier.reference()).orElseThrow().getEtape()).isEqualTo(Etape.DEBRIEF);
        dossier.fireTimer("TimerEvent_DateDebriefAFroid");
        dossier.menerDebriefAFroid("installation");
        for (int mois : new int[] {3, 6, 12}) {
            dossier.fireTimer("TimerEvent_Suivi" + mois + "Mois");
            dossier.realiserSuivi(mois);
        }

        assertThat(dossier.instance()).isEnded().hasPassed("EndEvent_AccompagnementTermine");
        Dossier stored = dossiers.findByReference(dossier.reference()).orElseThrow();
        assertThat(stored.getStatut()).isEqualTo(Statut.TERMINE);
        assertThat(stored.getLieuInstallation()).isEqualTo("Maison de santé des Tilleuls");
        assertThat(visites.findByDossierIdOrderByIdAsc(stored.getId())).hasSize(2);
        assertThat(suivis.findByDossierIdOrderByMoisAsc(stored.getId())).hasSize(3)
                .allSatisfy(suivi -> assertThat(suivi.getRealiseLe()).isNotNull());
        assertThat(evenements.findByDossierIdOrderByHorodatageAscIdAsc(stored.getId())).extracting("type").endsWith("CLOTURE");
    }

    @Test
    void requestsArrivingTogetherGetDistinctReferences() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var started = pool.invokeAll(java.util.Collections.nCopies(8,
                    (java.util.concurrent.Callable<String>) () -> new DossierDriver(engine).start().reference()));
            java.util.List<String> references = new java.util.ArrayList<>();
            for (var future : started) {
                references.add(future.get());
            }
            assertThat(references).doesNotHaveDuplicates().hasSize(8).allMatch(r -> r.matches("PS-\\d{4}-\\d{4}"));
        } finally {
            pool.shutdownNow();
        }
    }
}
