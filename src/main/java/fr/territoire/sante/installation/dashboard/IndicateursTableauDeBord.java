package fr.territoire.sante.installation.dashboard;

import fr.territoire.sante.installation.dashboard.Figure.Graphique;
import fr.territoire.sante.installation.dashboard.Figure.Ligne;
import fr.territoire.sante.installation.dossier.Etape;
import fr.territoire.sante.installation.reporting.Libelles;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jakarta.annotation.PreDestroy;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Computes the dashboard from the reporting table with a handful of aggregate queries: one pass for the
 * funnel, outcomes, visits and delays; one grouped pass for the breakdowns; one for settlements at 3, 6
 * and 12 months; two for the late dossiers. Never loads the dossiers themselves.
 */
@Service
public class IndicateursTableauDeBord {

    /** Late dossiers listed by name of reference; the count says how many more there are. */
    static final int RETARDS_LISTES = 50;
    private static final double JOUR = 86_400.0;
    private static final String DANS_LA_PERIODE = " r.demande_le >= :debut and r.demande_le < :fin ";

    private final NamedParameterJdbcTemplate jdbc;
    private final Libelles libelles;
    private final ExecutorService requetes = Executors.newFixedThreadPool(4, tache -> {
        Thread fil = new Thread(tache, "tableau-de-bord");
        fil.setDaemon(true);
        return fil;
    });

    IndicateursTableauDeBord(NamedParameterJdbcTemplate jdbc, Libelles libelles) {
        this.jdbc = jdbc;
        this.libelles = libelles;
    }

    /**
     * The independent queries run side by side, each on its own connection (one pool of four threads for
     * all readers, so the dashboard never holds more than four connections): over the whole history of
     * 100,000 dossiers they take about as long as the longest one instead of their sum.
     */
    public TableauDeBord calculer(Periode periode, Instant maintenant) {
        MapSqlParameterSource parametres = new MapSqlParameterSource()
                .addValue("debut", Timestamp.from(periode.debut()))
                .addValue("fin", Timestamp.from(periode.fin()))
                .addValue("maintenant", Timestamp.from(maintenant));
        CompletableFuture<Passage> enPassage = CompletableFuture.supplyAsync(
                () -> jdbc.queryForObject(PASSAGE, parametres, (rs, n) -> Passage.lire(rs)), requetes);
        CompletableFuture<Map<String, Double>> enMedianes = CompletableFuture.supplyAsync(() -> medianes(parametres), requetes);
        CompletableFuture<List<Figure>> enRepartitions = CompletableFuture.supplyAsync(() -> repartitions(parametres), requetes);
        CompletableFuture<Figure> enInstallations = CompletableFuture.supplyAsync(() -> installations(parametres), requetes);
        List<DossierEnRetard> retards = retards(parametres);
        long retardsTotal = retardsTotal(parametres);
        Passage passage = attendre(enPassage).avecMedianes(attendre(enMedianes));
        List<Figure> figures = new ArrayList<>();
        figures.add(passage.entonnoir());
        figures.addAll(attendre(enRepartitions));
        figures.add(passage.figureDelais());
        figures.add(passage.croisementDansLesDelais());
        figures.add(passage.visitesParDossier());
        figures.add(passage.issues());
        figures.add(attendre(enInstallations));
        return new TableauDeBord(periode, passage.demandes, figures, retards, retardsTotal);
    }

    @PreDestroy
    void arreter() {
        requetes.shutdownNow();
    }

    /** The query's own failure (a DataAccessException…), not the future's wrapper. */
    private static <T> T attendre(CompletableFuture<T> resultat) {
        try {
            return resultat.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    // --- Medians from histograms at a tenth of a day: one grouped pass per delay instead of a sort.

    private record Intervalle(String nom, String depuis, String jusqua) {
    }

    private static final List<Intervalle> DELAIS = List.of(new Intervalle("entretien", "demande_le", "entretien_realise_le"),
            new Intervalle("croisement", "entretien_realise_le", "croisement_le"), new Intervalle("visites", "croisement_le", "debrief_chaud_le"),
            new Intervalle("debrief", "debrief_chaud_le", "debrief_froid_le"));

    private static final String HISTOGRAMMES = String.join(" union all ", DELAIS.stream().map(intervalle -> {
        String dixiemes = "round(" + jours(intervalle.depuis(), intervalle.jusqua()) + " * 10)";
        return "select '" + intervalle.nom() + "' as delai, " + dixiemes + " as dixiemes, count(*) as nombre from ligne_reporting r where"
                + DANS_LA_PERIODE + "and r." + intervalle.depuis() + " is not null and r." + intervalle.jusqua() + " is not null group by "
                + dixiemes;
    }).toList());

    /** Each delay's median in days, to the tenth of a day (what the page shows); absent when none measured. */
    private Map<String, Double> medianes(MapSqlParameterSource parametres) {
        Map<String, java.util.TreeMap<Long, Long>> histogrammes = new java.util.HashMap<>();
        jdbc.query(HISTOGRAMMES, parametres, rs -> {
            histogrammes.computeIfAbsent(rs.getString("delai"), k -> new java.util.TreeMap<>())
                    .merge(rs.getLong("dixiemes"), rs.getLong("nombre"), Long::sum);
        });
        Map<String, Double> medianes = new java.util.HashMap<>();
        histogrammes.forEach((delai, histogramme) -> medianes.put(delai, Mediane.dixiemes(histogramme) / 10.0));
        return medianes;
    }

    // --- One pass over the period's rows: funnel, outcomes, visits per dossier and delays.

    private static String jours(String depuis, String jusqua) {
        return "(extract(epoch from r." + jusqua + ") - extract(epoch from r." + depuis + ")) / " + JOUR;
    }

    /** Columns delai_{nom}_nombre, _moyenne (prefixed: "visites_moyenne" is taken); medians come from HISTOGRAMMES. */
    private static String delai(String nom, String depuis, String jusqua) {
        String jours = jours(depuis, jusqua);
        nom = "delai_" + nom;
        return "count(r." + jusqua + ") filter (where r." + depuis + " is not null) as " + nom + "_nombre, "
                + "avg(" + jours + ") as " + nom + "_moyenne";
    }

    private static final String PASSAGE = "select count(*) as demandes, "
            + "count(r.entretien_realise_le) as entretiens, "
            + "count(r.croisement_le) as croisements, "
            + "count(*) filter (where r.visites > 0) as avec_visites, "
            + "count(r.debrief_froid_le) as debriefs_froids, "
            + "count(r.lieu_installation) as installes, "
            // outcomes are disjoint: a settled dossier counts as settled whatever its status
            + "count(*) filter (where r.statut = 'EN_COURS' and r.lieu_installation is null) as en_cours, "
            + "count(*) filter (where r.statut = 'ARRETE' and r.lieu_installation is null) as arretes, "
            + "count(*) filter (where r.statut = 'TERMINE' and r.lieu_installation is null) as termines_sans_installation, "
            + "count(*) filter (where r.croisement_le is not null and r.visites = 0) as visites_0, "
            + "count(*) filter (where r.visites = 1) as visites_1, "
            + "count(*) filter (where r.visites = 2) as visites_2, "
            + "count(*) filter (where r.visites >= 3) as visites_3, "
            + "avg(r.visites) filter (where r.croisement_le is not null) as visites_moyenne, "
            + "count(*) filter (where r.croisement_le is not null and r.entretien_realise_le is not null and "
            + jours("entretien_realise_le", "croisement_le") + " <= 10) as croisements_dans_les_delais, "
            + delai("entretien", "demande_le", "entretien_realise_le") + ", "
            + delai("croisement", "entretien_realise_le", "croisement_le") + ", "
            + delai("visites", "croisement_le", "debrief_chaud_le") + ", "
            + delai("debrief", "debrief_chaud_le", "debrief_froid_le")
            + " from ligne_reporting r where" + DANS_LA_PERIODE;

    private record Delai(String nom, long nombre, Double moyenne, Double mediane) {
        static Delai lire(ResultSet rs, String nom) throws SQLException {
            String prefixe = "delai_" + nom;
            return new Delai(nom, rs.getLong(prefixe + "_nombre"), decimal(rs, prefixe + "_moyenne"), null);
        }

        Delai avecMediane(Double mediane) {
            return new Delai(nom, nombre, moyenne, mediane);
        }
    }

    private record Passage(long demandes, long entretiens, long croisements, long avecVisites, long debriefsFroids,
            long installes, long enCours, long arretes, long terminesSansInstallation, long[] visites,
            Double visitesMoyenne, long croisementsDansLesDelais, Map<String, Delai> delais) {

        static Passage lire(ResultSet rs) throws SQLException {
            Map<String, Delai> delais = new LinkedHashMap<>();
            delais.put("Demande → entretien réalisé", Delai.lire(rs, "entretien"));
            delais.put("Entretien → croisement réalisé", Delai.lire(rs, "croisement"));
            delais.put("Croisement → visites (débrief à chaud)", Delai.lire(rs, "visites"));
            delais.put("Débrief à chaud → débrief à froid", Delai.lire(rs, "debrief"));
            return new Passage(rs.getLong("demandes"), rs.getLong("entretiens"), rs.getLong("croisements"),
                    rs.getLong("avec_visites"), rs.getLong("debriefs_froids"), rs.getLong("installes"),
                    rs.getLong("en_cours"), rs.getLong("arretes"), rs.getLong("termines_sans_installation"),
                    new long[] {rs.getLong("visites_0"), rs.getLong("visites_1"), rs.getLong("visites_2"), rs.getLong("visites_3")},
                    decimal(rs, "visites_moyenne"), rs.getLong("croisements_dans_les_delais"), delais);
        }

        Passage avecMedianes(Map<String, Double> medianes) {
            Map<String, Delai> completes = new LinkedHashMap<>();
            delais.forEach((libelle, delai) -> completes.put(libelle, delai.avecMediane(medianes.get(delai.nom()))));
            return new Passage(demandes, entretiens, croisements, avecVisites, debriefsFroids, installes, enCours, arretes,
                    terminesSansInstallation, visites, visitesMoyenne, croisementsDansLesDelais, completes);
        }

        Figure entonnoir() {
            return new Figure("entonnoir", "Entonnoir des étapes",
                    "Parmi les demandes reçues dans la période, combien ont atteint chaque étape.", Graphique.BARRES_HORIZONTALES,
                    List.of("Dossiers"), List.of(
                            ligne("Demandes reçues", demandes), ligne("Entretiens réalisés", entretiens),
                            ligne("Croisements réalisés", croisements), ligne("Visites réalisées", avecVisites),
                            ligne("Débriefs à froid", debriefsFroids), ligne("Installations", installes)));
        }

        Figure figureDelais() {
            List<Ligne> lignes = new ArrayList<>();
            // no dossier measured: no median nor mean (null, shown as "–"), hence not List.of
            delais.forEach((etape, delai) -> lignes.add(new Ligne(etape,
                    Arrays.asList(arrondi(delai.mediane()), arrondi(delai.moyenne()), delai.nombre()))));
            return new Figure("delais", "Délais entre les étapes (en jours)",
                    "Médiane et moyenne des jours écoulés, sur les dossiers qui ont franchi les deux étapes.",
                    Graphique.BARRES, List.of("Médiane (jours)", "Moyenne (jours)", "Dossiers mesurés"), lignes);
        }

        Figure croisementDansLesDelais() {
            long mesures = delais.get("Entretien → croisement réalisé").nombre();
            long dansLesDelais = croisementsDansLesDelais;
            String part = mesures == 0 ? "aucun croisement mesuré" : Math.round(100.0 * dansLesDelais / mesures) + " % dans les 10 jours";
            return new Figure("croisement-10-jours", "Croisements faits dans les 10 jours",
                    "Le protocole demande le croisement dans les 10 jours suivant l'entretien : " + part + ".",
                    Graphique.ANNEAU, List.of("Croisements"),
                    List.of(ligne("Dans les 10 jours", dansLesDelais), ligne("Au-delà de 10 jours", mesures - dansLesDelais)));
        }

        Figure visitesParDossier() {
            String moyenne = visitesMoyenne == null ? "" : " En moyenne " + String.format(Locale.FRANCE, "%.1f", visitesMoyenne)
                    + " visite(s) par dossier croisé.";
            return new Figure("visites", "Visites par dossier",
                    "Nombre de lieux visités par dossier, parmi les dossiers dont le croisement est fait." + moyenne,
                    Graphique.BARRES, List.of("Dossiers"), List.of(
                            ligne("Aucune visite", visites[0]), ligne("1 visite", visites[1]),
                            ligne("2 visites", visites[2]), ligne("3 visites ou plus", visites[3])));
        }

        Figure issues() {
            return new Figure("issues", "Issues des accompagnements", "Où en sont les demandes reçues dans la période.",
                    Graphique.ANNEAU, List.of("Dossiers"), List.of(
                            ligne("En cours", enCours), ligne("Installés", installes),
                            ligne("Terminés sans installation", terminesSansInstallation), ligne("Arrêtés", arretes)));
        }
    }

    // --- Breakdowns by profession, source of the request and commune: one grouped pass.

    private List<Figure> repartitions(MapSqlParameterSource parametres) {
        Map<String, Long> professions = new LinkedHashMap<>();
        Map<String, Long> origines = new LinkedHashMap<>();
        Map<String, Long> communes = new LinkedHashMap<>();
        Libelles.Options options = libelles.options();
        jdbc.query("select r.profession, r.origine_demande, r.commune, count(*) as nombre from ligne_reporting r where"
                + DANS_LA_PERIODE + "group by r.profession, r.origine_demande, r.commune", parametres, rs -> {
                    long nombre = rs.getLong("nombre");
                    professions.merge(options.profession(rs.getString("profession")), nombre, Long::sum);
                    origines.merge(options.origine(rs.getString("origine_demande")), nombre, Long::sum);
                    String commune = rs.getString("commune");
                    communes.merge(commune == null ? "Non renseignée" : commune, nombre, Long::sum);
                });
        return List.of(
                repartition("professions", "Dossiers par profession", "Profession déclarée dans la demande.", professions),
                repartition("origines", "Dossiers par origine de la demande", "Qui a orienté le professionnel.", origines),
                repartition("communes", "Dossiers par commune",
                        "Commune d'installation, sinon celle du dernier suivi ou du premier lieu proposé.", communes));
    }

    private static Figure repartition(String id, String titre, String explication, Map<String, Long> nombres) {
        List<Ligne> lignes = nombres.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(entree -> ligne(entree.getKey(), entree.getValue())).toList();
        return new Figure(id, titre, explication, Graphique.BARRES_HORIZONTALES, List.of("Dossiers"), lignes);
    }

    // --- Settlements at 3, 6 and 12 months, by commune and its intercommunalité (from the catalogue).

    private Figure installations(MapSqlParameterSource parametres) {
        Map<String, long[]> parCommune = new LinkedHashMap<>();
        jdbc.query("""
                select s.commune, s.mois, count(*) as nombre,
                    (select max(l.intercommunalite) from lieu_exercice l where lower(l.commune) = lower(s.commune)) as intercommunalite
                from suivi s join ligne_reporting r on r.dossier_id = s.dossier_id
                where s.realise_le is not null and s.situation = 'installe' and""" + DANS_LA_PERIODE + """
                group by s.commune, s.mois order by s.commune, s.mois
                """, parametres, rs -> {
                    String commune = rs.getString("commune");
                    String interco = rs.getString("intercommunalite");
                    String libelle = (commune == null ? "Commune non renseignée" : commune) + (interco == null ? "" : " (" + interco + ")");
                    int rang = switch (rs.getInt("mois")) {
                        case 3 -> 0;
                        case 6 -> 1;
                        default -> 2;
                    };
                    parCommune.computeIfAbsent(libelle, k -> new long[3])[rang] += rs.getLong("nombre");
                });
        List<Ligne> lignes = parCommune.entrySet().stream()
                .map(e -> new Ligne(e.getKey(), List.of(e.getValue()[0], e.getValue()[1], e.getValue()[2]))).toList();
        return new Figure("installations", "Installations constatées aux suivis à 3, 6 et 12 mois",
                "Professionnels déclarés installés lors du suivi téléphonique, par commune (et intercommunalité).",
                Graphique.BARRES, List.of("À 3 mois", "À 6 mois", "À 12 mois"), lignes);
    }

    // --- Dossiers late now: flagged late, or a task past its due date. Two disjoint queries an index serves.

    private static final String EN_RETARD = " r.statut = 'EN_COURS' and (r.en_retard or r.prochaine_echeance < :maintenant) ";

    private List<DossierEnRetard> retards(MapSqlParameterSource parametres) {
        return jdbc.query("select r.reference, r.etape, r.prochaine_echeance from ligne_reporting r where" + EN_RETARD
                + "order by r.prochaine_echeance nulls first, r.reference fetch first " + RETARDS_LISTES + " rows only",
                parametres, (rs, n) -> new DossierEnRetard(rs.getString("reference"),
                        Etape.valueOf(rs.getString("etape")).libelle(), jour(rs.getTimestamp("prochaine_echeance"))));
    }

    private long retardsTotal(MapSqlParameterSource parametres) {
        Long total = jdbc.queryForObject("select count(*) from ligne_reporting r where" + EN_RETARD, parametres, Long.class);
        return total == null ? 0 : total;
    }

    // --- Small helpers.

    private static Ligne ligne(String libelle, long nombre) {
        return new Ligne(libelle, List.of(nombre));
    }

    private static Double decimal(ResultSet rs, String colonne) throws SQLException {
        Number valeur = (Number) rs.getObject(colonne);
        return valeur == null ? null : valeur.doubleValue();
    }

    private static Double arrondi(Double jours) {
        return jours == null ? null : Math.round(jours * 10) / 10.0;
    }

    private static LocalDate jour(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant().atZone(Periode.PARIS).toLocalDate();
    }
}
