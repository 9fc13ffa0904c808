package fr.territoire.sante.installation.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.territoire.sante.installation.WebappSession;
import fr.territoire.sante.installation.identity.Groups;
import fr.territoire.sante.installation.process.DossierDriver;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * PostgreSQL restarted during a minute of load (our pages, our JSON, the REST API's reads and task
 * completions by several users): meanwhile every answer is the French 503 "momentanément indisponible",
 * never a 500 nor internals; once the server is back the application serves again by itself, within a
 * bound; no incident and no job out of retries is left; every acknowledged completion is done.
 * Runs on a PostgreSQL cluster of its own ({@link PostgresJetable}), loopback only.
 */
class DatabaseRestartIT {

    private static final Duration CHARGE = Duration.ofSeconds(60);
    private static final Duration AVANT_COUPURE = Duration.ofSeconds(15);
    private static final Duration COUPURE = Duration.ofSeconds(12);
    /** How soon after PostgreSQL is back every kind of request must be served again. */
    private static final Duration RETABLISSEMENT_MAX = Duration.ofSeconds(15);
    private static final int DOSSIERS = 40;
    private static final Duration PAUSE = Duration.ofMillis(100);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String[] CLS = {"clsdb1", "mot-de-passe-clsdb1", Groups.CLS};
    private static final String[] CLS2 = {"clsdb2", "mot-de-passe-clsdb2", Groups.CLS};
    private static final String[] CPTS = {"cptsdb1", "mot-de-passe-cptsdb1", Groups.CPTS};

    record Reponse(String genre, Instant quand, int statut, String corps) {
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void theApplicationAnswersAFrenchTemporaryErrorDuringTheRestartAndRecoversByItself() throws Exception {
        try (PostgresJetable postgres = PostgresJetable.demarrer("accompagnement");
                ApplicationLancee application = ApplicationLancee.sur(postgres.url("accompagnement"), ApplicationLancee.journal("db-restart"))) {
            application.demarrer();
            for (String[] qui : List.of(CLS, CLS2, CPTS)) {
                creer(application, qui);
            }
            for (int i = 0; i < DOSSIERS; i++) {
                assertThat(application.envoyer(CPTS, "POST", "/engine-rest/process-definition/key/accompagnement-installation/submit-form",
                        variables(DossierDriver.demande())).statusCode()).isEqualTo(200);
            }
            ConcurrentLinkedQueue<String> aFaire = new ConcurrentLinkedQueue<>(premieresTaches(application));
            WebappSession pages = new WebappSession(application.adresse());
            assertThat(pages.signIn(CLS[0], CLS[1])).isTrue();

            ConcurrentLinkedQueue<Reponse> reponses = new ConcurrentLinkedQueue<>();
            Set<String> acquittees = ConcurrentHashMap.newKeySet();
            AtomicInteger refusees = new AtomicInteger();
            Instant fin = Instant.now().plus(CHARGE);
            ExecutorService fils = Executors.newFixedThreadPool(4);
            fils.submit(boucle(fin, reponses, "page", PAUSE, () -> pages.get("/dossiers")));
            fils.submit(boucle(fin, reponses, "json", PAUSE, () -> pages.get("/api/dossiers")));
            fils.submit(boucle(fin, reponses, "engine-rest", PAUSE,
                    () -> envoyer(application, CPTS, "GET", "/engine-rest/task?maxResults=20", null)));
            // Completions paced so that they go on before, during and after the outage.
            fils.submit(boucle(fin, reponses, "engine-rest", Duration.ofMillis(600), () -> {
                String tache = aFaire.poll();
                if (tache == null) {
                    return envoyer(application, CLS2, "GET", "/engine-rest/task/count", null);
                }
                HttpResponse<String> reponse = envoyer(application, CLS2, "POST", "/engine-rest/task/" + tache + "/submit-form", rendezVous());
                if (reponse.statusCode() / 100 == 2) {
                    acquittees.add(tache);
                } else {
                    refusees.incrementAndGet();
                    aFaire.add(tache);
                }
                return reponse;
            }));

            Thread.sleep(AVANT_COUPURE.toMillis());
            Instant coupure = Instant.now();
            postgres.stop();
            Thread.sleep(COUPURE.toMillis());
            postgres.start();
            Instant retour = Instant.now();
            fils.shutdown();
            assertThat(fils.awaitTermination(CHARGE.toSeconds() + 60, TimeUnit.SECONDS)).isTrue();

            List<Reponse> toutes = List.copyOf(reponses);
            assertThat(refusees.get()).as("completions were under way during the outage").isPositive();
            assertThat(aFaire).as("completions refused during the outage were made once it was over").isEmpty();
            assertThat(toutes).as("every request got an answer, a success or the temporary error")
                    .allSatisfy(r -> assertThat(r.statut()).as(r.toString()).isIn(200, 204, 503));
            List<Reponse> indisponibles = toutes.stream().filter(r -> r.statut() == 503).toList();
            assertThat(indisponibles).extracting(Reponse::genre).as("each kind of request saw the outage")
                    .contains("page", "json", "engine-rest");
            assertThat(indisponibles).allSatisfy(r -> assertThat(r.corps()).as(r.toString())
                    .contains("Service momentanément indisponible", "Réessayez dans un instant")
                    .doesNotContain("Exception", "SQL", "org.", "java.", "\tat ", "127.0.0.1", "jdbc"));
            assertThat(indisponibles).as("the temporary error is answered during the outage only (and while the pool reconnects)")
                    .allSatisfy(r -> assertThat(r.quand()).isBetween(coupure, retour.plus(RETABLISSEMENT_MAX)));

            Map<String, Duration> retablissement = new LinkedHashMap<>();
            for (String genre : List.of("page", "json", "engine-rest")) {
                Instant premierSucces = toutes.stream()
                        .filter(r -> r.genre().equals(genre) && r.statut() / 100 == 2 && r.quand().isAfter(retour))
                        .map(Reponse::quand).min(Instant::compareTo).orElseThrow(() -> new AssertionError(genre + " never served again"));
                retablissement.put(genre, Duration.between(retour, premierSucces));
                assertThat(Duration.between(retour, premierSucces)).as(genre + " served again").isLessThan(RETABLISSEMENT_MAX);
            }

            assertThat(application.get(application.admin(), "/engine-rest/incident/count").body()).isEqualTo("{\"count\":0}");
            assertThat(application.get(application.admin(), "/engine-rest/job/count?noRetriesLeft=true").body()).isEqualTo("{\"count\":0}");
            try (Connection base = postgres.connexion("accompagnement")) {
                List<String> terminees = valeurs(base, "select id_ from act_hi_taskinst where end_time_ is not null");
                assertThat(terminees).as("every acknowledged completion is done").containsAll(acquittees);
                assertThat(valeurs(base, "select d.id from dossier d join entretien e on e.dossier_id = d.id"))
                        .as("and recorded in the store, once").hasSize(valeurs(base,
                                "select id_ from act_hi_taskinst where task_def_key_ = 'UserTask_ProposerRendezVous' and end_time_ is not null").size());
            }
            System.out.printf("[db-restart] %d requests in %d s, %d answered 503 during the %d s outage, 0 other errors; "
                            + "completions acknowledged %d (%d refused with 503 during the outage, made afterwards); "
                            + "served again after PostgreSQL's return: %s%n",
                    toutes.size(), CHARGE.toSeconds(), indisponibles.size(), Duration.between(coupure, retour).toSeconds(),
                    acquittees.size(), refusees.get(), retablissement);
        }
    }

    private static Runnable boucle(Instant fin, ConcurrentLinkedQueue<Reponse> reponses, String genre, Duration pause,
            Supplier<HttpResponse<String>> requete) {
        return () -> {
            while (Instant.now().isBefore(fin)) {
                // Each answer is dated when it arrives: a request sent just before the cut may be answered 503
                // just after it (seen once in CI, 25 ms before the cut when dated at sending).
                try {
                    HttpResponse<String> reponse = requete.get();
                    String corps = reponse.body() == null ? "" : reponse.body();
                    reponses.add(new Reponse(genre, Instant.now(), reponse.statusCode(), corps.length() > 2000 ? corps.substring(0, 2000) : corps));
                } catch (RuntimeException sansReponse) {
                    reponses.add(new Reponse(genre, Instant.now(), -1, String.valueOf(sansReponse)));
                }
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        };
    }

    private static HttpResponse<String> envoyer(ApplicationLancee application, String[] qui, String methode, String chemin, String json) {
        try {
            return application.envoyer(qui, methode, chemin, json);
        } catch (Exception e) {
            throw new IllegalStateException("no answer from the application to " + chemin, e);
        }
    }

    private static void creer(ApplicationLancee application, String[] qui) throws Exception {
        Map<String, Object> utilisateur = Map.of(
                "profile", Map.of("id", qui[0], "firstName", qui[0], "lastName", "Test", "email", qui[0] + "@exemple.invalid"),
                "credentials", Map.of("password", qui[1]));
        assertThat(application.envoyer(application.admin(), "POST", "/engine-rest/user/create", JSON.writeValueAsString(utilisateur))
                .statusCode()).isEqualTo(204);
        assertThat(application.envoyer(application.admin(), "PUT", "/engine-rest/group/" + qui[2] + "/members/" + qui[0], null)
                .statusCode()).isEqualTo(204);
    }

    private static List<String> premieresTaches(ApplicationLancee application) throws Exception {
        HttpResponse<String> reponse = application.get(CLS, "/engine-rest/task?taskDefinitionKey=UserTask_ProposerRendezVous&maxResults=1000");
        List<String> ids = new ArrayList<>();
        JSON.readTree(reponse.body()).forEach(tache -> ids.add(tache.get("id").asText()));
        assertThat(ids).hasSize(DOSSIERS);
        return ids;
    }

    private static String rendezVous() {
        return variables(Map.of(
                "dateEntretien", LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(3) + "T10:00",
                "lieuEntretien", "Locaux de la CPTS",
                "interlocuteurCls", "Chargée de mission CLS",
                "interlocuteurCpts", "Coordinateur CPTS"));
    }

    private static String variables(Map<String, Object> valeurs) {
        Map<String, Object> typees = new LinkedHashMap<>();
        valeurs.forEach((nom, valeur) -> typees.put(nom, Map.of("value", valeur, "type", valeur instanceof Boolean ? "Boolean" : "String")));
        try {
            return JSON.writeValueAsString(Map.of("variables", typees));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> valeurs(Connection base, String sql) throws Exception {
        List<String> valeurs = new ArrayList<>();
        try (ResultSet lignes = base.createStatement().executeQuery(sql)) {
            while (lignes.next()) {
                valeurs.add(lignes.getString(1));
            }
        }
        return valeurs;
    }
}
