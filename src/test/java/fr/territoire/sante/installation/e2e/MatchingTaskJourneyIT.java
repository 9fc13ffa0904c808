package fr.territoire.sante.installation.e2e;

import static fr.territoire.sante.installation.TestStaff.CPTS;
import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.IntegrationTest;
import fr.territoire.sante.installation.catalogue.LieuExercice;
import fr.territoire.sante.installation.catalogue.LieuExerciceRepository;
import fr.territoire.sante.installation.catalogue.LieuxExercice;
import fr.territoire.sante.installation.catalogue.SaisieLieu;
import fr.territoire.sante.installation.matching.LieuContacte;
import fr.territoire.sante.installation.matching.ReponsesLieux;
import fr.territoire.sante.installation.process.DossierDriver;
import fr.territoire.sante.installation.process.SitesDeTest;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The matching task in a real Tasklist (headless Chromium): a CPTS member opens it, sees the catalogue
 * ranked for the dossier in the form's table, with reasons, ticks three sites, adds one that "porte une
 * belle dynamique" with why, completes; the dossier page then lists the four sites to contact.
 * Screenshots: {@code target/e2e-screenshots/croisement/}.
 */
class MatchingTaskJourneyIT extends IntegrationTest {

    private static final String CROISER = "Croiser les besoins avec les lieux d'exercice";
    private static final String LISTE = "Lieux à contacter";
    private static final String TABLEAU = "Lieux d'exercice classés pour ce dossier (les 20 premiers)";
    /** Unique per run: the shared test database keeps the sites of earlier runs. */
    private final String suffixe = Long.toString(System.currentTimeMillis(), 36);

    @Autowired
    ApplicationContext context;
    @Autowired
    LieuxExercice lieux;
    @Autowired
    LieuExerciceRepository catalogue;
    @Autowired
    ReponsesLieux reponses;

    @Test
    void aCptsMemberSeesTheRankedSitesWithReasonsAndPicksThreePlusABelleDynamique() {
        List<String> choisis = List.of("Maison de santé des Tilleuls " + suffixe, "Centre de santé des Platanes " + suffixe,
                "Cabinet du Lavoir " + suffixe);
        choisis.forEach(nom -> SitesDeTest.dans(context).apply(nom + " – Bourg-Fictif"));
        String belle = "Cabinet des Sages-Femmes " + suffixe;
        lieux.creer(new SaisieLieu(belle, "CABINET_MEDICAL", "Val-Imaginaire", null, "sage-femme", "sage-femme", "LIBERAL",
                "non", "non", null, null, null, null, null, null, null, null, null));
        DossierDriver dossier = new DossierDriver(engine).start().proposerRendezVous().menerEntretien(true)
                .renseignerProjetProfessionnel().renseignerEnvironnement();
        Task croisement = dossier.tasks("UserTask_CroiserBesoinsLieux").get(0);

        try (Browser browser = Browser.start(baseUrl(), "croisement")) {
            try {
                Tasklist tasklist = new Tasklist(browser).login(CPTS);
                tasklist.openFilter("Tâches CPTS").searchDossier(dossier.reference());
                tasklist.openTask(croisement.getId(), CROISER);
                CamundaForm form = tasklist.claimIfNeeded();

                List<List<String>> rows = form.tableRows(TABLEAU);
                browser.screenshot("lieux-classes");
                List<String> premier = rows.get(0);
                assertThat(premier.get(0)).as("rank").isEqualTo("1");
                assertThat(premier.get(3)).as("score").matches("\\d+ %");
                assertThat(premier.get(4)).as("criteria met").isNotBlank().isNotEqualTo("—");
                LieuExercice enTete = catalogue.findByCle(LieuExercice.cle(premier.get(1), premier.get(2))).orElseThrow();
                assertThat(enTete.getProfessionsRecherchees()).as("the first site seeks the dossier's profession")
                        .contains("medecin-generaliste");
                assertThat(rows).extracting(row -> row.get(1)).doesNotContain(belle);

                form.choose("Résultat du croisement", "Des lieux d'exercice sont retenus");
                browser.visible(By.xpath("//label[normalize-space(text()[1])='" + LISTE + "']"));
                choisis.forEach(nom -> form.tick(LISTE, nom + " – Bourg-Fictif ("));
                form.search("Autre lieu qui porte une belle dynamique (facultatif)", "Sages-Femmes " + suffixe, belle + " – Val-Imaginaire");
                form.type("Pourquoi ce lieu porte une belle dynamique", "Jeune équipe qui monte un projet de santé");
                browser.screenshot("trois-lieux-coches-et-une-belle-dynamique");
                tasklist.complete();
                browser.waitUntil("the matching task completed", d -> engine.getTaskService().createTaskQuery()
                        .taskId(croisement.getId()).count() == 0);

                List<LieuContacte> contactes = reponses.duTourCourant(dossier.reference());
                assertThat(contactes).extracting(LieuContacte::lieu).containsExactlyInAnyOrder(
                        choisis.get(0), choisis.get(1), choisis.get(2), belle);
                assertThat(contactes).filteredOn(LieuContacte::belleDynamique).singleElement()
                        .extracting(LieuContacte::raison).isEqualTo("Jeune équipe qui monte un projet de santé");

                browser.open("/dossiers/" + dossier.reference());
                browser.visible(By.id("lieux-contactes"));
                String section = browser.visible(By.xpath("//section[@aria-labelledby='lieux-contactes']")).getText();
                browser.scrollIntoView(browser.visible(By.id("lieux-contactes")));
                browser.screenshot("fiche-lieux-contactes");
                assertThat(section).contains(choisis.get(0), choisis.get(1), choisis.get(2), belle, "Belle dynamique",
                        "Jeune équipe qui monte un projet de santé", "En attente");
                Accessibilite.verifier(browser, "fiche, lieux contactés");
            } catch (RuntimeException | Error failure) {
                browser.dumpForDiagnosis("echec");
                throw failure;
            }
        }
    }
}
