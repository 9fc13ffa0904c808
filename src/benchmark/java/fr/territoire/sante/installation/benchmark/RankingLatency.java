package fr.territoire.sante.installation.benchmark;

import static fr.territoire.sante.installation.benchmark.ApplicationUnderBenchmark.CLS_USER;
import static fr.territoire.sante.installation.benchmark.ApplicationUnderBenchmark.CPTS_USER;

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
import fr.territoire.sante.installation.process.DossierDriver;
import fr.territoire.sante.installation.ranking.Classement;
import fr.territoire.sante.installation.ranking.ClassementLieux;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ranking of practice sites (ranking.ClassementLieux) for one dossier whose interview was recorded
 * through the process, over a catalogue of 1,000 fictional sites in 100 communes of 10 intercommunalities,
 * with 300 aids and 200 territory needs: the whole call (interview, three catalogue queries, the deployed
 * table's lookup, the evaluations) timed as the matching task and the dossier page make it.
 */
final class RankingLatency {

    static final double TARGET_P95_MS = 200;
    static final int SITES = 1_000;
    private static final int COMMUNES = 100;
    private static final int WARMUP = 20;
    private static final String[] PROFESSIONS = {"medecin-generaliste", "infirmier", "masseur-kinesitherapeute",
            "chirurgien-dentiste", "sage-femme", "orthophoniste"};
    private static final String[] MODES = {"LIBERAL", "SALARIAT", "MIXTE", "LIBERAL;SALARIAT", "LIBERAL;MIXTE"};
    private static final CategorieAide[] CATEGORIES = CategorieAide.values();

    private final ApplicationUnderBenchmark app;
    private final BenchmarkOptions options;
    private final Random random = new Random(20260103);

    RankingLatency(ApplicationUnderBenchmark app, BenchmarkOptions options) {
        this.app = app;
        this.options = options;
    }

    Map<String, Object> run() {
        fillCatalogue();
        // The interview as staff record it: grouped practice in a team, liberal, premises, Val-de-Lisière,
        // housing and childcare (process.DossierDriver's values)
        DossierDriver dossier = new DossierDriver(app.bean(ProcessEngine.class));
        app.as(CLS_USER, dossier::start);
        app.as(CLS_USER, dossier::proposerRendezVous);
        app.as(CLS_USER, () -> dossier.menerEntretien(true));
        app.as(CPTS_USER, dossier::renseignerProjetProfessionnel);
        app.as(CLS_USER, dossier::renseignerEnvironnement);
        Long dossierId = app.bean(DossierRepository.class).findByReference(dossier.reference()).orElseThrow().getId();

        ClassementLieux classement = app.bean(ClassementLieux.class);
        long start = System.nanoTime();
        Classement first = classement.classer(dossierId);
        double firstMs = Samples.round((System.nanoTime() - start) / 1e6);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("first_ranking_ms", firstMs);
        result.put("first_ranking_how", "the first ranking after start-up: the table parsed, and evaluated by FEEL "
                + "once per distinct facts; later rankings reuse the verdicts of facts already seen");
        result.put("sites", SITES);
        result.put("eligible", first.eligibles().size());
        result.put("excluded", first.exclus().size());
        result.put("rules", first.versionRegles());
        Map<String, Object> ranking = Samples.measure(WARMUP, options.samples(), () -> classement.classer(dossierId)).summary();
        ranking.put("call", "ClassementLieux.classer(dossierId): interview, sites, aids and needs read, rules looked up, "
                + "table evaluated once per distinct facts, sites sorted");
        result.put("ranking", ranking);
        result.put("decision_history_rows", app.bean(ProcessEngine.class).getHistoryService()
                .createHistoricDecisionInstanceQuery().count());
        return result;
    }

    private void fillCatalogue() {
        Instant now = Instant.now();
        List<LieuExercice> lieux = new ArrayList<>();
        for (int i = 0; i < SITES; i++) {
            int c = random.nextInt(COMMUNES);
            LieuExercice lieu = new LieuExercice("Lieu fictif " + i, commune(c), now);
            TypeLieu[] types = TypeLieu.values();
            lieu.setType(types[random.nextInt(types.length)]);
            lieu.setIntercommunalite(intercommunalite(c));
            lieu.setProfessionsPresentes(PROFESSIONS[random.nextInt(PROFESSIONS.length)]);
            lieu.setProfessionsRecherchees(PROFESSIONS[random.nextInt(PROFESSIONS.length)] + ";"
                    + PROFESSIONS[random.nextInt(PROFESSIONS.length)]);
            lieu.setModesExercice(MODES[random.nextInt(MODES.length)]);
            lieu.setEquipePluriprofessionnelle(random.nextBoolean());
            lieu.setLocauxDisponibles(random.nextBoolean());
            lieux.add(lieu);
        }
        List<AideInstallation> aides = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int c = random.nextInt(COMMUNES);
            AideInstallation aide = new AideInstallation("Aide fictive " + i, i % 3 == 0 ? intercommunalite(c) : commune(c), now);
            aide.setCategorie(CATEGORIES[random.nextInt(CATEGORIES.length)]);
            aide.setValideJusquAu(i % 10 == 0 ? LocalDate.now().minusDays(1) : null);
            aides.add(aide);
        }
        List<BesoinTerritoire> besoins = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            BesoinTerritoire besoin = new BesoinTerritoire(now);
            besoin.identifier(commune(random.nextInt(COMMUNES)), PROFESSIONS[random.nextInt(PROFESSIONS.length)],
                    SourceBesoin.ELUS, LocalDate.now().minusDays(i));
            besoin.setUrgence(UrgenceBesoin.values()[random.nextInt(UrgenceBesoin.values().length)]);
            besoins.add(besoin);
        }
        new TransactionTemplate(app.bean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
            app.bean(LieuExerciceRepository.class).saveAll(lieux);
            app.bean(AideInstallationRepository.class).saveAll(aides);
            app.bean(BesoinTerritoireRepository.class).saveAll(besoins);
        });
    }

    /** Commune 0 is the one the dossier wishes. */
    private static String commune(int c) {
        return c == 0 ? "Val-de-Lisière" : "Commune fictive " + c;
    }

    private static String intercommunalite(int c) {
        return "Intercommunalité fictive " + c % 10;
    }
}
