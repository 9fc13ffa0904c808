package fr.territoire.sante.installation.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.TestStaff;
import fr.territoire.sante.installation.catalogue.AideInstallation;
import fr.territoire.sante.installation.catalogue.AideInstallationRepository;
import fr.territoire.sante.installation.catalogue.BesoinTerritoire;
import fr.territoire.sante.installation.catalogue.BesoinTerritoireRepository;
import fr.territoire.sante.installation.catalogue.CategorieAide;
import fr.territoire.sante.installation.catalogue.LieuExercice;
import fr.territoire.sante.installation.catalogue.LieuExerciceRepository;
import fr.territoire.sante.installation.catalogue.SourceBesoin;
import fr.territoire.sante.installation.catalogue.TypeLieu;
import fr.territoire.sante.installation.catalogue.UrgenceBesoin;
import fr.territoire.sante.installation.dossier.DossierRepository;
import fr.territoire.sante.installation.identity.Groups;
import fr.territoire.sante.installation.process.ProcessTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.management.Metrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The ranking of a dossier driven through its interview, on the engine's deployed table, leaving no decision history. */
class ClassementLieuxTest extends ProcessTest {

    @Autowired
    ClassementLieux classement;
    @Autowired
    LieuExerciceRepository lieux;
    @Autowired
    AideInstallationRepository aides;
    @Autowired
    BesoinTerritoireRepository besoins;
    @Autowired
    DossierRepository dossiers;

    /** A commune of this test only, so that whatever other tests put in the catalogue cannot change the scores. */
    private final String commune = "Bourg-d'Essai-" + System.nanoTime();
    private final List<Long> crees = new java.util.ArrayList<>();

    @AfterEach
    void removeTheFixture() {
        lieux.deleteAllById(crees);
        aides.findAll().stream().filter(a -> a.getTerritoire().equals(commune)).forEach(aides::delete);
        besoins.findAll().stream().filter(b -> b.getCommune().equals(commune)).forEach(besoins::delete);
    }

    @Test
    void ranksTheActiveCatalogueFromTheRecordedInterviewWithoutDecisionHistory() {
        Long msp = lieu("MSP d'essai", TypeLieu.MSP, "medecin-generaliste", false);
        Long archivee = lieu("MSP archivée", TypeLieu.MSP, "medecin-generaliste", true);
        Long dentaire = lieu("Cabinet dentaire d'essai", TypeLieu.CABINET_MEDICAL, "chirurgien-dentiste", false);
        AideInstallation logement = new AideInstallation("Logement d'essai", commune, Instant.now());
        logement.setCategorie(CategorieAide.LOGEMENT);
        aides.save(logement);
        BesoinTerritoire besoin = new BesoinTerritoire(Instant.now());
        besoin.identifier(commune, "medecin-generaliste", SourceBesoin.ELUS, LocalDate.now());
        besoin.setUrgence(UrgenceBesoin.CRITIQUE);
        besoins.save(besoin);

        dossier.start().proposerRendezVous().menerEntretien(true)
                .submit("UserTask_RenseignerProjetProfessionnel", Map.of(
                        "modeExercice", "regroupe", "equipePluriprofessionnelle", "oui", "statutExercice", "liberal",
                        "besoinLocaux", "oui", "communesSouhaitees", "Ailleurs\n" + commune.toUpperCase(),
                        "dynamiquesRecherchees", "", "commentaireCpts", ""))
                .renseignerEnvironnement(); // housing and childcare needed
        Long dossierId = dossiers.findByReference(dossier.reference()).orElseThrow().getId();
        long decisionsAvant = engine.getHistoryService().createHistoricDecisionInstanceQuery().count();
        long evaluationsAvant = evaluationsParLeMoteur();

        // as Tasklist would: the CPTS member may read the rules
        engine.getIdentityService().setAuthentication(TestStaff.CPTS, List.of(Groups.CPTS));
        Classement resultat = classement.classer(dossierId);
        engine.getIdentityService().clearAuthentication();

        assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery().count()).isEqualTo(decisionsAvant);
        // At history level "activity" the engine would write no ACT_HI_DEC_INST row anyway: its decision
        // metrics witness that the table was not evaluated by the engine's decision service, which would
        // write one row per site at level "full".
        assertThat(evaluationsParLeMoteur()).isEqualTo(evaluationsAvant);
        assertThat(resultat.versionRegles()).startsWith("classement-lieux:");
        assertThat(Stream.concat(resultat.eligibles().stream(), resultat.exclus().stream()).map(LieuClasse::lieuId))
                .contains(msp, dentaire).doesNotContain(archivee);
        LieuClasse essai = resultat.eligibles().stream().filter(l -> l.lieuId().equals(msp)).findFirst().orElseThrow();
        // met: profession 3, statut 2, mode 2, équipe 2, locaux 2, commune 3, logement 1, critical need 2 = 17 of 18
        assertThat(essai.score()).isEqualTo(94);
        assertThat(essai.commune()).isEqualTo(commune);
        assertThat(essai.criteresRemplis()).contains("Locaux disponibles", "Dans une commune ou intercommunalité souhaitée",
                "Offre de logement recensée à proximité", "Besoin urgent du territoire pour cette profession");
        assertThat(essai.criteresNonRemplis()).containsExactly("Pas de garde d'enfants ni d'école recensée à proximité");
        LieuClasse exclu = resultat.exclus().stream().filter(l -> l.lieuId().equals(dentaire)).findFirst().orElseThrow();
        assertThat(exclu.exclusions()).containsExactly("La profession n'est pas recherchée par le lieu");
    }

    @Test
    void theEnginesDecisionMetricsWouldSeeAnEvaluationByTheEngine() {
        long avant = evaluationsParLeMoteur();

        engine.getDecisionService().evaluateDecisionTableByKey(TableDecision.CLE, Map.of("besoinTerritoire", "AUCUN"));

        assertThat(evaluationsParLeMoteur()).isGreaterThan(avant);
    }

    private long evaluationsParLeMoteur() {
        engine.getManagementService().reportDbMetricsNow();
        return engine.getManagementService().createMetricsQuery().name(Metrics.EXECUTED_DECISION_ELEMENTS).sum();
    }

    private Long lieu(String nom, TypeLieu type, String recherchees, boolean archive) {
        LieuExercice lieu = new LieuExercice(nom, commune, Instant.now());
        lieu.setType(type);
        lieu.setIntercommunalite("Intercommunalité d'essai");
        lieu.setProfessionsRecherchees(recherchees);
        lieu.setModesExercice("LIBERAL");
        lieu.setEquipePluriprofessionnelle(type == TypeLieu.MSP);
        lieu.setLocauxDisponibles(true);
        if (archive) {
            lieu.archiver(Instant.now());
        }
        Long id = lieux.save(lieu).getId();
        crees.add(id);
        return id;
    }
}
