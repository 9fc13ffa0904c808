package fr.territoire.sante.installation.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.territoire.sante.installation.IntegrationTest;
import fr.territoire.sante.installation.TestStaff;
import fr.territoire.sante.installation.dossier.DossierRepository;
import fr.territoire.sante.installation.dossier.Evenement;
import fr.territoire.sante.installation.dossier.EvenementRepository;
import fr.territoire.sante.installation.notification.Courriels;
import fr.territoire.sante.installation.notification.StatutCourriel;
import fr.territoire.sante.installation.process.DossierDriver;
import fr.territoire.sante.installation.process.SitesDeTest;
import fr.territoire.sante.installation.process.VisitesDeTest;
import fr.territoire.sante.installation.visits.PlanningVisites;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.TestSocketUtils;

/**
 * Two application nodes on one PostgreSQL database, each with its job executor on (child JVMs of the
 * packaged jar, see {@link Noeud}); this test's own context (job executor off) prepares dossiers and
 * reads the outcome. Proves: the same task completed on both nodes at once completes once and the loser
 * gets a French 409; two visit reports of one dossier completed at the same instant both succeed; 1,000
 * matching deadlines due at the same instant fire once each, with one alert e-mail and one journal entry
 * per dossier. Runs after {@code package} (it needs the jar).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeuxNoeudsIT extends IntegrationTest {

    static final int DOSSIERS_EN_RETARD = Integer.getInteger("deuxNoeuds.dossiers", 1000);
    /**
     * Production settings but two: an idle job executor looks for due jobs every 5 s at most (60 s by
     * default, which would leave a node asleep through the burst), and the outbox runs every 2 s with
     * batches of 500 (15 s and 50), so that 3,000 mails go within the test's bounds.
     */
    private static final List<String> REGLAGES = List.of("--camunda.bpm.job-execution.max-wait=5000",
            "--accompagnement.mail.envoi.intervalle=PT2S", "--accompagnement.mail.envoi.lot=500");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    ApplicationContext context;
    @Autowired
    PlanningVisites planningVisites;
    @Autowired
    DossierRepository dossiers;
    @Autowired
    EvenementRepository evenements;
    @Autowired
    DataSource dataSource;
    @Autowired
    Courriels courriels;

    private GreenMail smtp;
    private Noeud a;
    private Noeud b;
    private Instant debut;

    @BeforeAll
    void demarrerDeuxNoeuds() throws Exception {
        TestStaff.createIn(engine.getIdentityService());
        debut = Instant.now();
        smtp = new GreenMail(new ServerSetup(TestSocketUtils.findAvailableTcpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
        a = Noeud.demarrer("noeud-a", smtp.getSmtp().getPort(), REGLAGES);
        b = Noeud.demarrer("noeud-b", smtp.getSmtp().getPort(), REGLAGES);
        a.attendrePret(Duration.ofMinutes(3));
        b.attendrePret(Duration.ofMinutes(3));
    }

    @AfterAll
    void arreterLesNoeuds() throws Exception {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    @Order(1)
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void theSameTaskCompletedOnBothNodesAtOnceCompletesOnceAndTheLoserGetsAFrench409() throws Exception {
        for (String action : List.of("complete", "submit-form")) {
            DossierDriver dossier = new DossierDriver(engine).start();
            Task tache = dossier.tasks("UserTask_ProposerRendezVous").get(0);
            String corps = variables(Map.of("dateEntretien", jour(3) + "T10:00", "lieuEntretien", "Locaux de la CPTS",
                    "interlocuteurCls", "Chargée de mission CLS", "interlocuteurCpts", "Coordinateur CPTS"));

            List<HttpResponse<String>> reponses = enMemeTemps(
                    () -> post(a, TestStaff.CLS, "/engine-rest/task/" + tache.getId() + "/" + action, corps),
                    () -> post(b, TestStaff.CPTS, "/engine-rest/task/" + tache.getId() + "/" + action, corps));

            assertThat(reponses).as(action + ": one node completed the task, the other refused")
                    .extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(204, 409);
            HttpResponse<String> perdant = reponses.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
            assertThat(perdant.body()).as("the loser's answer is French and names no internals")
                    .contains("traitée par quelqu'un d'autre").doesNotContain("ENGINE-", "UPDATE ", "DELETE ", "TaskEntity");
            assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(dossier.instance().getId())
                    .activityId("UserTask_ProposerRendezVous").finished().count()).as("completed once").isEqualTo(1);
            assertThat(dossier.tasks("UserTask_MenerEntretien")).as("the next step opened once").hasSize(1);
        }
    }

    @Test
    @Order(2)
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void twoVisitReportsOfOneDossierCompletedAtTheSameInstantOnTwoNodesBothSucceed() throws Exception {
        DossierDriver dossier = new DossierDriver(engine).withCatalogue(SitesDeTest.dans(context))
                .planifiantLesVisitesAvec(VisitesDeTest.unParLieu(planningVisites)).start()
                .proposerRendezVous().menerEntretien(true).renseignerProjetProfessionnel().renseignerEnvironnement()
                .croiser("Maison de santé des Tilleuls – Bourg-Fictif", "Cabinet du Lac – Val-Imaginaire")
                .organiserVisites().informerElus();
        List<Task> visites = dossier.tasks("UserTask_RendreCompteVisite");
        assertThat(visites).hasSize(2);
        String corps = variables(Map.of("visiteRealisee", "oui", "equipePresente", "Deux médecins, une infirmière",
                "pointsForts", "Projet de santé structuré", "conditionsMaterielles", "Loyer modéré",
                "interetProfessionnel", "fort", "coordonneesEchangees", true));

        List<HttpResponse<String>> reponses = enMemeTemps(
                () -> post(a, TestStaff.CLS, "/engine-rest/task/" + visites.get(0).getId() + "/submit-form", corps),
                () -> post(b, TestStaff.CPTS, "/engine-rest/task/" + visites.get(1).getId() + "/submit-form", corps));

        assertThat(reponses).as("both reports recorded: " + reponses.stream().map(HttpResponse::body).toList())
                .extracting(HttpResponse::statusCode).containsExactly(204, 204);
        attendre(Duration.ofSeconds(60), () -> dossier.tasks("UserTask_MenerDebriefAChaud").size() == 1,
                "the hot debrief opens once both reports are in (the nodes' job executors join the branches)");
        Long dossierId = dossiers.findByReference(dossier.reference()).orElseThrow().getId();
        assertThat(evenements.findByDossierIdOrderByHorodatageAscIdAsc(dossierId)).extracting(Evenement::getType)
                .filteredOn("VISITE_RENDUE"::equals).hasSize(2);
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(dossier.instance().getId()).count()).isZero();
    }

    @Test
    @Order(3)
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void aThousandMatchingDeadlinesDueAtTheSameInstantFireOnceEachWithOneAlertAndOneJournalEntry() throws Exception {
        Instant preparation = Instant.now();
        List<ProcessInstance> instances = enCroisement(DOSSIERS_EN_RETARD);
        Set<String> ids = instances.stream().map(ProcessInstance::getId).collect(Collectors.toSet());
        List<Job> minuteurs = engine.getManagementService().createJobQuery().timers()
                .activityId("BoundaryEvent_DelaiCroisementDepasse").list().stream()
                .filter(job -> ids.contains(job.getProcessInstanceId())).toList();
        assertThat(minuteurs).hasSize(DOSSIERS_EN_RETARD);
        Duration preparee = Duration.between(preparation, Instant.now());
        System.out.printf("DeuxNoeudsIT: %d dossiers prepared in %d ms%n", DOSSIERS_EN_RETARD, preparee.toMillis());

        // Every deadline at one instant, a little ahead so that all of them are set before any is due.
        Instant echeance = Instant.now().plusSeconds(10 + DOSSIERS_EN_RETARD / 100);
        for (Job minuteur : minuteurs) {
            engine.getManagementService().setJobDuedate(minuteur.getId(), Date.from(echeance));
        }
        assertThat(Instant.now()).as("all due dates set before the instant they share").isBefore(echeance);

        Set<String> proprietaires = ConcurrentHashMap.newKeySet();
        AtomicBoolean observer = new AtomicBoolean(true);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Thread observateur = new Thread(() -> {
            while (observer.get()) {
                proprietaires.addAll(jdbc.queryForList("select distinct lock_owner_ from act_ru_job where lock_owner_ is not null", String.class));
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        observateur.start();
        attendre(Duration.ofMinutes(5), () -> engine.getManagementService().createJobQuery()
                .activityId("BoundaryEvent_DelaiCroisementDepasse").list().stream().noneMatch(job -> ids.contains(job.getProcessInstanceId())),
                "every deadline fired");
        Duration duree = Duration.between(echeance, Instant.now());
        System.out.printf("DeuxNoeudsIT: %d deadlines fired within %d ms of their shared instant%n", DOSSIERS_EN_RETARD, duree.toMillis());
        observer.set(false);
        observateur.join();

        // The engine: each timer once, each alert step once, no incident.
        Map<String, Long> signalements = engine.getHistoryService().createHistoricActivityInstanceQuery()
                .activityId("ServiceTask_SignalerRetardCroisement").finished().list().stream()
                .filter(activite -> ids.contains(activite.getProcessInstanceId()))
                .collect(Collectors.groupingBy(activite -> activite.getProcessInstanceId(), Collectors.counting()));
        assertThat(signalements).hasSize(DOSSIERS_EN_RETARD).allSatisfy((instance, fois) -> assertThat(fois).isEqualTo(1));
        assertThat(engine.getRuntimeService().createIncidentQuery().list()).filteredOn(i -> ids.contains(i.getProcessInstanceId())).isEmpty();

        // The store: one journal entry per dossier, each dossier flagged late.
        for (ProcessInstance instance : instances) {
            var dossier = dossiers.findByReference(instance.getBusinessKey()).orElseThrow();
            assertThat(evenements.findByDossierIdOrderByHorodatageAscIdAsc(dossier.getId())).extracting(Evenement::getType)
                    .filteredOn("CROISEMENT_EN_RETARD"::equals).as(instance.getBusinessKey()).hasSize(1);
        }

        // The outbox: one row per dossier and address, under a unique key; the mail server: each of them once
        // (the Message-ID derives from the key, so a mail sent twice would show twice).
        Set<String> references = instances.stream().map(ProcessInstance::getBusinessKey).collect(Collectors.toSet());
        int destinataires = courriels.parCle("croisement-en-retard-" + croisementCourant(instances.get(0)) + "-").size();
        assertThat(destinataires).as("addresses per alert").isPositive();
        for (ProcessInstance instance : instances) {
            assertThat(courriels.parCle("croisement-en-retard-" + croisementCourant(instance) + "-")).as(instance.getBusinessKey())
                    .hasSize(destinataires);
        }
        attendre(Duration.ofMinutes(4), () -> alertes(references).values().stream().mapToInt(List::size).sum()
                == DOSSIERS_EN_RETARD * destinataires, "every alert delivered");
        attendre(Duration.ofSeconds(30), () -> instances.stream().allMatch(instance -> courriels
                .parCle("croisement-en-retard-" + croisementCourant(instance) + "-").stream()
                .allMatch(c -> c.getStatut() == StatutCourriel.ENVOYE)), "the outbox done: nothing can be sent again");
        Map<String, List<MimeMessage>> alertes = alertes(references);
        assertThat(alertes).hasSize(DOSSIERS_EN_RETARD).allSatisfy((reference, recus) -> assertThat(recus)
                .as(reference + ": one mail per address").hasSize(destinataires)
                .extracting(DeuxNoeudsIT::messageId).doesNotHaveDuplicates());
        Duration livres = Duration.between(echeance, Instant.now());

        // Two nodes took part, each its own lock owner; each node's share from the engine's own job metrics.
        assertThat(proprietaires).as("job executors seen holding jobs").hasSizeGreaterThanOrEqualTo(2);
        a.close();
        b.close();
        long partA = engine.getManagementService().createMetricsQuery().name(Metrics.JOB_SUCCESSFUL).reporter("noeud-a").startDate(Date.from(debut)).sum();
        long partB = engine.getManagementService().createMetricsQuery().name(Metrics.JOB_SUCCESSFUL).reporter("noeud-b").startDate(Date.from(debut)).sum();
        System.out.printf("DeuxNoeudsIT: %d dossiers prepared in %d ms; %d deadlines fired in %d ms after their shared instant; "
                + "all %d mails delivered within %d ms; jobs done by noeud-a %d, noeud-b %d; lock owners seen %d%n", DOSSIERS_EN_RETARD,
                preparee.toMillis(), DOSSIERS_EN_RETARD, duree.toMillis(), DOSSIERS_EN_RETARD * destinataires, livres.toMillis(),
                partA, partB, proprietaires.size());
        assertThat(partA + partB).as("the nodes' reported jobs").isGreaterThanOrEqualTo(DOSSIERS_EN_RETARD);
        assertThat(partA).isPositive();
        assertThat(partB).isPositive();
    }

    private Long croisementCourant(ProcessInstance instance) {
        return dossiers.findByReference(instance.getBusinessKey()).orElseThrow().getCroisementCourantId();
    }

    /** Dossiers whose matching is open (store round and deadline as the step makes them), started four at a time. */
    private List<ProcessInstance> enCroisement(int nombre) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ProcessInstance>> futurs = new ArrayList<>();
            for (int i = 0; i < nombre; i++) {
                futurs.add(pool.submit(() -> {
                    ProcessInstance instance = new DossierDriver(engine).start().instance();
                    engine.getRuntimeService().createProcessInstanceModification(instance.getId())
                            .cancelAllForActivity("UserTask_ProposerRendezVous")
                            .startBeforeActivity("ServiceTask_OuvrirCroisement")
                            .execute();
                    return instance;
                }));
            }
            List<ProcessInstance> instances = new ArrayList<>();
            for (Future<ProcessInstance> futur : futurs) {
                instances.add(futur.get(5, TimeUnit.MINUTES));
            }
            return instances;
        } finally {
            pool.shutdownNow();
        }
    }

    private Map<String, List<MimeMessage>> alertes(Set<String> references) {
        Map<String, List<MimeMessage>> parReference = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                String sujet = message.getSubject();
                if (sujet != null && sujet.contains("Croisement en retard")) {
                    String reference = sujet.substring(sujet.lastIndexOf(' ') + 1);
                    if (references.contains(reference)) {
                        parReference.computeIfAbsent(reference, r -> new ArrayList<>()).add(message);
                    }
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return parReference;
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs both calls released by one barrier, so they reach the two nodes at the same instant. */
    private static List<HttpResponse<String>> enMemeTemps(Callable<HttpResponse<String>> premier, Callable<HttpResponse<String>> second)
            throws Exception {
        CyclicBarrier barriere = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<HttpResponse<String>> un = pool.submit(() -> {
                barriere.await(10, TimeUnit.SECONDS);
                return premier.call();
            });
            Future<HttpResponse<String>> deux = pool.submit(() -> {
                barriere.await(10, TimeUnit.SECONDS);
                return second.call();
            });
            return List.of(un.get(30, TimeUnit.SECONDS), deux.get(30, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }

    private static HttpResponse<String> post(Noeud noeud, String utilisateur, String chemin, String json) throws Exception {
        String identifiants = utilisateur + ":" + TestStaff.password(utilisateur);
        return HTTP.send(HttpRequest.newBuilder(URI.create(noeud.url(chemin)))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(identifiants.getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String variables(Map<String, Object> valeurs) {
        return valeurs.entrySet().stream().map(e -> "\"" + e.getKey() + "\":{\"value\":"
                + (e.getValue() instanceof String s ? "\"" + s.replace("\"", "\\\"") + "\"" : e.getValue()) + "}")
                .collect(Collectors.joining(",", "{\"variables\":{", "}}"));
    }

    private static String jour(int dans) {
        return LocalDate.now(PARIS).plusDays(dans).toString();
    }

    private static void attendre(Duration delai, java.util.function.BooleanSupplier condition, String quoi) throws InterruptedException {
        Instant limite = Instant.now().plus(delai);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(limite)) {
                throw new AssertionError("not within " + delai + ": " + quoi);
            }
            Thread.sleep(200);
        }
    }
}
