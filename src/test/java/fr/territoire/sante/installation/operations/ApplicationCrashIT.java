package fr.territoire.sante.installation.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * SIGKILL with work under way: 200 dossiers are started through the REST API, then several staff members
 * complete their first task at once; the application is killed mid-load and started again on the same
 * database. Nothing is lost or doubled: 200 dossiers, one process each; every completion that was
 * acknowledged is done, in the engine's history and in the store; every task is either completed or still
 * open, never half-done; the agreement check finds nothing; work goes on. Figures are printed for
 * docs/reliability.md. Runs on a PostgreSQL cluster of its own ({@link PostgresJetable}), loopback only.
 */
class ApplicationCrashIT {

    private static final int DOSSIERS = 200;
    private static final int COMPLETIONS_AVANT_ARRET = 80;
    private static final int FILS = 4;
    private static final String PREMIERE_TACHE = "UserTask_ProposerRendezVous";
    private static final String TACHE_SUIVANTE = "UserTask_MenerEntretien";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String[]> personnel = List.of(
            new String[] {"clscrash1", "mot-de-passe-clscrash1", Groups.CLS},
            new String[] {"clscrash2", "mot-de-passe-clscrash2", Groups.CLS},
            new String[] {"cptscrash1", "mot-de-passe-cptscrash1", Groups.CPTS},
            new String[] {"cptscrash2", "mot-de-passe-cptscrash2", Groups.CPTS});

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void nothingIsLostOrDoubledWhenTheApplicationIsKilledMidLoad() throws Exception {
        try (PostgresJetable postgres = PostgresJetable.demarrer("accompagnement");
                ApplicationLancee application = ApplicationLancee.sur(postgres.url("accompagnement"), ApplicationLancee.journal("crash"))) {
            Duration premierDemarrage = application.demarrer();
            Instant debutCharge = Instant.now();
            creerPersonnel(application);
            demarrerDossiers(application);
            List<String> taches = premieresTaches(application);
            assertThat(taches).hasSize(DOSSIERS);

            Set<String> acquittees = ConcurrentHashMap.newKeySet();
            ConcurrentLinkedQueue<String> aFaire = new ConcurrentLinkedQueue<>(taches);
            AtomicInteger enCours = new AtomicInteger();
            AtomicBoolean arret = new AtomicBoolean();
            ExecutorService fils = Executors.newFixedThreadPool(FILS);
            for (int i = 0; i < FILS; i++) {
                String[] qui = personnel.get(i);
                fils.submit(() -> {
                    String tache;
                    while (!arret.get() && (tache = aFaire.poll()) != null) {
                        enCours.incrementAndGet();
                        try {
                            HttpResponse<String> reponse = application.envoyer(qui, "POST", "/engine-rest/task/" + tache + "/submit-form",
                                    rendezVous());
                            if (reponse.statusCode() / 100 == 2) {
                                acquittees.add(tache);
                            }
                        } catch (Exception coupe) {
                            // the application died under this request: not acknowledged
                        } finally {
                            enCours.decrementAndGet();
                        }
                    }
                    return null;
                });
            }
            while (acquittees.size() < COMPLETIONS_AVANT_ARRET && !aFaire.isEmpty()) {
                Thread.sleep(5);
            }
            int enVol = enCours.get();
            application.tuer();
            arret.set(true);
            fils.shutdown();
            assertThat(fils.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            Set<String> acquitteesAvantArret = Set.copyOf(acquittees);

            Duration redemarrage = application.demarrer();
            System.out.printf("[crash] dossiers %d, completions acknowledged before SIGKILL %d, requests in flight at the kill %d, "
                            + "first start %d ms, restart after SIGKILL %d ms, load %d ms%n",
                    DOSSIERS, acquitteesAvantArret.size(), enVol, premierDemarrage.toMillis(), redemarrage.toMillis(),
                    Duration.between(debutCharge, Instant.now()).toMillis() - redemarrage.toMillis());

            try (Connection base = postgres.connexion("accompagnement")) {
                assertThat(valeurs(base, "select reference from dossier")).as("no dossier lost nor doubled")
                        .hasSize(DOSSIERS).doesNotHaveDuplicates();
                assertThat(valeurs(base, """
                        select e.business_key_ from act_ru_execution e join act_re_procdef p on p.id_ = e.proc_def_id_
                        where e.id_ = e.proc_inst_id_ and p.key_ = 'accompagnement-installation'
                        """)).as("one process per dossier").hasSize(DOSSIERS).doesNotHaveDuplicates()
                        .containsExactlyInAnyOrderElementsOf(valeurs(base, "select reference from dossier"));

                Set<String> terminees = new HashSet<>(valeurs(base,
                        "select id_ from act_hi_taskinst where task_def_key_ = '" + PREMIERE_TACHE + "' and end_time_ is not null"));
                assertThat(terminees).as("every acknowledged completion is done").containsAll(acquitteesAvantArret);

                Set<String> ouvertes = new HashSet<>(valeurs(base, dossiersAvecTache(PREMIERE_TACHE)));
                Set<String> suivantes = new HashSet<>(valeurs(base, dossiersAvecTache(TACHE_SUIVANTE)));
                Set<String> entretiens = new HashSet<>(valeurs(base,
                        "select d.reference from dossier d join entretien e on e.dossier_id = d.id"));
                Set<String> faits = new HashSet<>(valeurs(base, """
                        select d.reference from act_hi_taskinst t join dossier d on d.process_instance_id = t.proc_inst_id_
                        where t.task_def_key_ = '%s' and t.end_time_ is not null""".formatted(PREMIERE_TACHE)));
                assertThat(ouvertes).as("a task is open or done, never both").doesNotContainAnyElementsOf(suivantes);
                assertThat(ouvertes.size() + suivantes.size()).as("every dossier waits at one of the two").isEqualTo(DOSSIERS);
                assertThat(entretiens).as("the store holds the appointment exactly where the task is done")
                        .isEqualTo(suivantes).isEqualTo(faits);
                assertThat(faits.size()).isGreaterThanOrEqualTo(acquitteesAvantArret.size());
                assertThat(valeurs(base, "select id_ from act_ru_incident")).as("no incident").isEmpty();
            }

            WebappSession admin = new WebappSession(application.adresse());
            assertThat(admin.signIn(ApplicationLancee.ADMIN, application.motDePasseAdmin())).isTrue();
            HttpResponse<String> controle = admin.get("/api/exploitation/coherence");
            assertThat(controle.statusCode()).as(controle.body()).isEqualTo(200);
            JsonNode coherence = JSON.readTree(controle.body());
            assertThat(coherence.get("divergences").asLong()).as(coherence.toPrettyString()).isZero();
            assertThat(coherence.get("dossiersControles").asLong()).isEqualTo(DOSSIERS);

            String encoreOuverte = premieresTaches(application).get(0);
            assertThat(application.envoyer(personnel.get(0), "POST", "/engine-rest/task/" + encoreOuverte + "/submit-form",
                    rendezVous()).statusCode()).as("work goes on after the restart").isEqualTo(204);

        }
    }

    private static String dossiersAvecTache(String tache) {
        return "select d.reference from act_ru_task t join dossier d on d.process_instance_id = t.proc_inst_id_ "
                + "where t.task_def_key_ = '" + tache + "'";
    }

    private void creerPersonnel(ApplicationLancee application) throws Exception {
        for (String[] qui : personnel) {
            Map<String, Object> utilisateur = Map.of(
                    "profile", Map.of("id", qui[0], "firstName", qui[0], "lastName", "Test", "email", qui[0] + "@exemple.invalid"),
                    "credentials", Map.of("password", qui[1]));
            assertThat(application.envoyer(application.admin(), "POST", "/engine-rest/user/create",
                    JSON.writeValueAsString(utilisateur)).statusCode()).isEqualTo(204);
            assertThat(application.envoyer(application.admin(), "PUT", "/engine-rest/group/" + qui[2] + "/members/" + qui[0], null)
                    .statusCode()).isEqualTo(204);
        }
    }

    private void demarrerDossiers(ApplicationLancee application) throws Exception {
        ExecutorService fils = Executors.newFixedThreadPool(FILS);
        try {
            List<Future<Integer>> reponses = new ArrayList<>();
            for (int i = 0; i < DOSSIERS; i++) {
                String[] qui = personnel.get(i % personnel.size());
                reponses.add(fils.submit(() -> application.envoyer(qui, "POST",
                        "/engine-rest/process-definition/key/accompagnement-installation/submit-form", demande()).statusCode()));
            }
            for (var reponse : reponses) {
                assertThat(reponse.get(2, TimeUnit.MINUTES)).isEqualTo(200);
            }
        } finally {
            fils.shutdownNow();
        }
    }

    private List<String> premieresTaches(ApplicationLancee application) throws Exception {
        HttpResponse<String> reponse = application.get(personnel.get(0),
                "/engine-rest/task?taskDefinitionKey=" + PREMIERE_TACHE + "&maxResults=1000");
        assertThat(reponse.statusCode()).as(reponse.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        JSON.readTree(reponse.body()).forEach(tache -> ids.add(tache.get("id").asText()));
        return ids;
    }

    /** The request form as Tasklist submits it, typed for the REST API. */
    private static String demande() throws Exception {
        return variables(DossierDriver.demande());
    }

    /** The appointment, as DossierDriver#proposerRendezVous submits it. */
    private static String rendezVous() throws Exception {
        return variables(Map.of(
                "dateEntretien", LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(3) + "T10:00",
                "lieuEntretien", "Locaux de la CPTS",
                "interlocuteurCls", "Chargée de mission CLS",
                "interlocuteurCpts", "Coordinateur CPTS"));
    }

    private static String variables(Map<String, Object> valeurs) throws Exception {
        Map<String, Object> typees = new LinkedHashMap<>();
        valeurs.forEach((nom, valeur) -> typees.put(nom, Map.of("value", valeur,
                "type", valeur instanceof Boolean ? "Boolean" : "String")));
        return JSON.writeValueAsString(Map.of("variables", typees));
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
