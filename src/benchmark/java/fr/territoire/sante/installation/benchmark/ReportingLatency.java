package fr.territoire.sante.installation.benchmark;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierRepository;
import fr.territoire.sante.installation.dossier.DossierFigures;
import fr.territoire.sante.installation.dossier.Etape;
import fr.territoire.sante.installation.dossier.Statut;
import fr.territoire.sante.installation.dossier.EvenementRepository;
import fr.territoire.sante.installation.followup.SuiviRepository;
import fr.territoire.sante.installation.interview.EntretienRepository;
import fr.territoire.sante.installation.matching.CroisementRepository;
import fr.territoire.sante.installation.reporting.ReportingRowsForBenchmark;
import fr.territoire.sante.installation.visits.DebriefRepository;
import fr.territoire.sante.installation.visits.InformationElusRepository;
import fr.territoire.sante.installation.visits.VisiteRepository;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reporting store with 100,000 dossiers, written straight into its tables with JDBC batches (not
 * through the process: only the store is measured here), then the queries staff depend on, through the
 * application's own components: the counts operators' metrics read (dossiers by stage, late dossiers),
 * and one dossier with everything recorded about it.
 *
 * <p>The dossiers spread over ten past years and over the stages the way a steady flow would leave
 * them (in twentieths): recueil 2, entretien 2, croisement 2 (one in five of them late), visites 1,
 * débrief 2, suivi 5, closed after the 12-month follow-up 4, stopped on the way 2. Each has the rows
 * its stage implies: interview, matching round with two sites, two visits, elected officials informed,
 * debriefs, three follow-ups, and its audit trail (from 2 to 18 events).
 */
final class ReportingLatency {

    private static final Etape[] OPEN_STAGES = {Etape.RECUEIL, Etape.ENTRETIEN, Etape.CROISEMENT, Etape.VISITES,
            Etape.DEBRIEF, Etape.SUIVI};
    /** Stage of the i-th dossier modulo 20 (CLOS twice: finished, then stopped). */
    private static final int[] SPREAD = {0, 0, 1, 1, 2, 2, 3, 4, 4, 5, 5, 5, 5, 5, 6, 6, 6, 6, 7, 7};
    private static final long FIRST_ID = 10_000_000L;
    private static final OffsetDateTime FIRST_DAY = OffsetDateTime.of(2006, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    private final ApplicationUnderBenchmark app;
    private final BenchmarkOptions options;
    private final Random random = new Random(20260101);
    /** Time to compute every dossier's reporting row, in seconds (after the insert, before VACUUM ANALYZE). */
    double rowsComputedSeconds;

    ReportingLatency(ApplicationUnderBenchmark app, BenchmarkOptions options) {
        this.app = app;
        this.options = options;
    }

    Map<String, Object> run() {
        Map<String, Object> result = new LinkedHashMap<>();
        long start = System.nanoTime();
        long rows = insert(options.storeDossiers());
        result.put("dossiers_inserted", options.storeDossiers());
        result.put("rows_inserted", rows);
        result.put("insert_seconds", Samples.round((System.nanoTime() - start) / 1e9));
        result.put("reporting_rows_computed_seconds", rowsComputedSeconds);

        TransactionTemplate readOnly = new TransactionTemplate(app.bean(PlatformTransactionManager.class));
        readOnly.setReadOnly(true);
        DossierFigures figures = app.bean(DossierFigures.class);

        Map<String, Long> stageSizes = new LinkedHashMap<>();
        figures.openByStage().forEach((etape, count) -> stageSizes.put(etape.name(), count));
        result.put("open_dossiers_by_stage", stageSizes);

        Map<String, Object> byStage = Samples.measure(5, options.samples(), figures::openByStage).summary();
        byStage.put("query", "DossierFigures.openByStage(): one aggregate query (the Prometheus gauges' source)");
        result.put("open_dossiers_by_stage_count", byStage);

        Map<String, Object> late = Samples.measure(5, options.samples(), figures::late).summary();
        late.put("query", "DossierFigures.late(): flagged late or with an overdue task, one aggregate query");
        late.put("rows", figures.late());
        result.put("late_dossiers", late);

        Map<String, Object> one = Samples.measure(5, options.samples(), () -> readOnly.executeWithoutResult(status ->
                everything(reference(random.nextInt(options.storeDossiers()), 5)))).summary();
        one.put("query", "one dossier in the follow-up stage, by reference, with its interview, matching rounds and sites, "
                + "visits, elected officials informed, debriefs, follow-ups and audit trail (8 repository calls, one transaction)");
        result.put("one_dossier_everything", one);
        return result;
    }

    /** Everything recorded about one dossier, the way a dossier page would load it. */
    private int everything(String reference) {
        Dossier dossier = app.bean(DossierRepository.class).findByReference(reference).orElseThrow();
        Long id = dossier.getId();
        int found = 1;
        found += app.bean(EntretienRepository.class).findByDossierId(id).isPresent() ? 1 : 0;
        found += app.bean(CroisementRepository.class).findByDossierIdOrderByNumeroAsc(id).size();
        found += app.bean(VisiteRepository.class).findByDossierIdOrderByIdAsc(id).size();
        found += app.bean(InformationElusRepository.class).findByDossierIdOrderByIdAsc(id).size();
        found += app.bean(DebriefRepository.class).findByDossierIdOrderByIdAsc(id).size();
        found += app.bean(SuiviRepository.class).findByDossierIdOrderByMoisAsc(id).size();
        found += app.bean(EvenementRepository.class).findByDossierIdOrderByHorodatageAscIdAsc(id).size();
        return found;
    }

    /** The reference of the first dossier at or after index i that is at the given stage rank. */
    private static String reference(int i, int rank) {
        int index = i;
        while (SPREAD[index % SPREAD.length] != rank) {
            index = (index + 1) % Integer.MAX_VALUE;
        }
        return String.format("PS-%d-%05d", 2006 + index % 10, index / 10 + 1);
    }

    private long insert(int count) {
        Properties properties = new Properties();
        properties.setProperty("user", app.database.user());
        properties.setProperty("password", app.database.password());
        properties.setProperty("reWriteBatchedInserts", "true");
        try (Connection connection = DriverManager.getConnection(app.database.url(), properties)) {
            connection.setAutoCommit(false);
            long rows = new Inserter(connection).insert(count);
            restartIdentities(connection);
            connection.commit();
            // The reporting table's rows, by the statement the application runs at start for dossiers
            // without one; before the VACUUM ANALYZE below, as on a first start after migration V7, when
            // the new table has never been analysed (statistics of an empty table turn the statement's
            // anti join into a scan of ligne_reporting per dossier: minutes, see docs/performance.md).
            long fill = System.nanoTime();
            ReportingRowsForBenchmark.fillMissingRows(app.context);
            rowsComputedSeconds = Samples.round((System.nanoTime() - fill) / 1e9);
            try (Statement statement = connection.createStatement()) {
                if (app.database == Database.POSTGRES) {
                    // What autovacuum does soon after such a load (it starts after 20 % of a table's rows
                    // were inserted): statistics, and a visibility map that lets counts and the stage
                    // list read the index alone. Done here so that no run depends on when it passes.
                    connection.setAutoCommit(true);
                    statement.execute("vacuum analyze");
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void restartIdentities(Connection connection) throws SQLException {
        for (String table : List.of("dossier", "entretien", "croisement", "lieu_propose", "visite", "information_elus",
                "debrief", "suivi", "evenement")) {
            try (Statement statement = connection.createStatement()) {
                var rs = statement.executeQuery("select coalesce(max(id), 0) + 1 from " + table);
                rs.next();
                long next = rs.getLong(1);
                statement.execute(app.database == Database.POSTGRES
                        ? "select setval(pg_get_serial_sequence('" + table + "', 'id'), " + next + ", false)"
                        : "alter table " + table + " alter column id restart with " + next);
            }
        }
    }

    private final class Inserter {

        private final Connection connection;
        private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();
        private long rows;
        private long croisementId = FIRST_ID;
        private long childId = FIRST_ID;

        Inserter(Connection connection) {
            this.connection = connection;
        }

        long insert(int count) throws SQLException {
            for (int i = 0; i < count; i++) {
                dossier(i);
                if (i % 1_000 == 999) {
                    flush();
                }
                if (i % 20_000 == 19_999) {
                    connection.commit();
                }
            }
            flush();
            for (PreparedStatement statement : statements.values()) {
                statement.close();
            }
            return rows;
        }

        private void dossier(int i) throws SQLException {
            int rank = SPREAD[i % SPREAD.length];
            boolean stopped = rank == 7;
            int reached = stopped ? 1 + random.nextInt(4) : Math.min(rank, 5);
            boolean closed = rank >= 6;
            long id = FIRST_ID + i;
            OffsetDateTime created = FIRST_DAY.plusMinutes((long) i * (10L * 365 * 24 * 60) / options.storeDossiers());
            Etape etape = closed ? Etape.CLOS : OPEN_STAGES[rank];
            boolean late = etape == Etape.CROISEMENT && (i / SPREAD.length) % 5 == 0;
            add("insert into dossier (id, reference, process_instance_id, etape, statut, en_retard, echeance_croisement, "
                    + "cree_le, modifie_le, clos_le, prenom, nom, email, telephone, profession, specialite, origine_demande, "
                    + "situation_actuelle, horizon, commentaire, consentement_le, lieu_installation, commune_installation, "
                    + "date_installation, motif_arret) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    id, String.format("PS-%d-%05d", 2006 + i % 10, i / 10 + 1), null, etape.name(),
                    closed ? (stopped ? Statut.ARRETE.name() : Statut.TERMINE.name()) : Statut.EN_COURS.name(), late,
                    reached >= 2 ? created.plusDays(20) : null, created, created.plusDays(30), closed ? created.plusDays(400) : null,
                    "Prénom" + i, "Nom" + i, "pro" + i + "@exemple.invalid", "06 12 34 56 78", "medecin-generaliste", null,
                    "bouche-a-oreille", "Remplaçante depuis deux ans, cherche à s'installer", "moyen", null, created,
                    rank == 6 ? "Maison de santé des Tilleuls" : null, rank == 6 ? "Bourg-Fictif" : null,
                    rank == 6 ? created.plusDays(120).toLocalDate() : null, stopped ? "Projet reporté" : null);
            int events = 1;
            if (reached >= 1) {
                add("insert into entretien (id, dossier_id, date_rendez_vous, lieu, interlocuteur_cls, interlocuteur_cpts, "
                        + "realise_le, motivations, calendrier, disponibilites_visites, mode_exercice, equipe_pluriprofessionnelle, "
                        + "statut_exercice, logement, emploi_conjoint) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        id, id, created.plusDays(5), "Locaux de la CPTS", "Chargée de mission CLS", "Coordinateur CPTS",
                        reached >= 2 ? created.plusDays(5) : null, "Travailler en équipe", "moyen", "Les lundis",
                        "regroupe", "oui", "liberal", "Maison à louer", "Conjoint enseignant");
                events += 2;
            }
            if (reached >= 2) {
                long croisement = croisementId++;
                add("insert into croisement (id, dossier_id, numero, ouvert_le, echeance, realise_le, criteres_retenus, "
                        + "lieux_trouves, date_visites, programme_visites, organise_le) values (?,?,?,?,?,?,?,?,?,?,?)",
                        croisement, id, 1, created.plusDays(10), created.plusDays(20),
                        reached >= 3 ? created.plusDays(15) : null, "Exercice regroupé", reached >= 3 ? Boolean.TRUE : null,
                        reached >= 3 ? created.plusDays(25).toLocalDate() : null, reached >= 3 ? "9 h, 14 h" : null,
                        reached >= 3 ? created.plusDays(16) : null);
                events += 2;
                if (reached >= 3) {
                    for (String lieu : new String[] {"Maison de santé des Tilleuls", "Cabinet du Lac"}) {
                        add("insert into lieu_propose (id, croisement_id, libelle, commune) values (?,?,?,?)",
                                childId++, croisement, lieu, "Bourg-Fictif");
                        add("insert into visite (id, dossier_id, croisement_id, lieu, realisee, equipe_presente, points_forts, "
                                + "interet, coordonnees_echangees, saisie_le) values (?,?,?,?,?,?,?,?,?,?)",
                                childId++, id, croisement, lieu, true, "Deux médecins", "Projet de santé", "fort", true,
                                created.plusDays(25));
                    }
                    add("insert into information_elus (id, dossier_id, croisement_id, communes, moyen, date_information, "
                            + "saisie_le) values (?,?,?,?,?,?,?)",
                            childId++, id, croisement, "Bourg-Fictif", "mailing", created.plusDays(20).toLocalDate(),
                            created.plusDays(20));
                    events += 4;
                }
                if (reached >= 4) {
                    add("insert into debrief (id, dossier_id, croisement_id, type, ressenti, debrief_froid_prevu, modalite, "
                            + "synthese_visites, lieux_preferes, saisie_le) values (?,?,?,?,?,?,?,?,?,?)",
                            childId++, id, croisement, "CHAUD", "Très positif", created.plusDays(40), "visio",
                            "Deux lieux visités", "Maison de santé des Tilleuls", created.plusDays(25));
                    events += 2;
                }
                if (reached >= 5) {
                    add("insert into debrief (id, dossier_id, croisement_id, type, ressenti, decision, saisie_le) "
                            + "values (?,?,?,?,?,?,?)",
                            childId++, id, croisement, "FROID", "Décision mûrie", "installation", created.plusDays(40));
                    for (int mois : new int[] {3, 6, 12}) {
                        boolean done = closed || mois == 3;
                        add("insert into suivi (id, dossier_id, mois, prevu_le, realise_le, professionnel_joint, situation) "
                                + "values (?,?,?,?,?,?,?)",
                                childId++, id, mois, created.plusDays(40).plusMonths(mois),
                                done ? created.plusDays(41).plusMonths(mois) : null, done ? Boolean.TRUE : null,
                                done ? "installe" : null);
                        events += done ? 1 : 0;
                    }
                    events += 1;
                }
            }
            events += closed ? 1 : 0;
            for (int e = 0; e < events; e++) {
                add("insert into evenement (id, dossier_id, horodatage, auteur, type, description) values (?,?,?,?,?,?)",
                        childId++, id, created.plusDays(e * 3L), e % 2 == 0 ? "benchcls" : "benchcpts", "ETAPE_" + e,
                        "Étape enregistrée");
            }
        }

        private void add(String sql, Object... values) throws SQLException {
            PreparedStatement statement = statements.get(sql);
            if (statement == null) {
                statement = connection.prepareStatement(sql);
                statements.put(sql, statement);
            }
            for (int p = 0; p < values.length; p++) {
                statement.setObject(p + 1, values[p]);
            }
            statement.addBatch();
            rows++;
        }

        private void flush() throws SQLException {
            for (PreparedStatement statement : statements.values()) {
                statement.executeBatch();
            }
        }
    }
}
