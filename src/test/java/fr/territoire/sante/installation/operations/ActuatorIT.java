package fr.territoire.sante.installation.operations;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.IntegrationTest;
import fr.territoire.sante.installation.TestStaff;
import fr.territoire.sante.installation.dossier.DossierFigures;
import fr.territoire.sante.installation.dossier.Etape;
import fr.territoire.sante.installation.process.DossierDriver;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;

/**
 * Spring Boot Actuator as operators use it: the probes docker-compose waits for answer anyone and say
 * nothing but UP or not; health details and Prometheus metrics need a camunda-admin or pilotage user
 * and carry the application's own figures; no other management endpoint is exposed.
 */
class ActuatorIT extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "un-secret-de-test-assez-long";

    @Autowired
    private ApplicationContext context;
    @Autowired
    private DossierFigures figures;

    @Test
    void theProbesAnswerAnyoneAndRevealNoDetail() throws Exception {
        for (String probe : List.of("/actuator/health/readiness", "/actuator/health/liveness")) {
            HttpResponse<String> response = get(probe, null, null);
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(response.body()).as(probe).isEqualTo("{\"status\":\"UP\"}");
        }
    }

    @Test
    void aProbeAnswers503WhileTheApplicationIsNotAvailable() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            HttpResponse<String> readiness = get("/actuator/health/readiness", null, null);
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).isEqualTo("{\"status\":\"OUT_OF_SERVICE\"}");
            assertThat(get("/actuator/health/liveness", null, null).statusCode()).isEqualTo(200);
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        AvailabilityChangeEvent.publish(context, LivenessState.BROKEN);
        try {
            HttpResponse<String> liveness = get("/actuator/health/liveness", null, null);
            assertThat(liveness.statusCode()).isEqualTo(503);
            assertThat(liveness.body()).isEqualTo("{\"status\":\"DOWN\"}");
        } finally {
            AvailabilityChangeEvent.publish(context, LivenessState.CORRECT);
        }
        assertThat(get("/actuator/health/readiness", null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void healthDetailsAndMetricsNeedAnOperator() throws Exception {
        for (String endpoint : List.of("/actuator", "/actuator/health", "/actuator/prometheus")) {
            HttpResponse<String> anonymous = get(endpoint, null, null);
            assertThat(anonymous.statusCode()).as(endpoint).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("WWW-Authenticate")).as(endpoint).hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
            assertThat(anonymous.body()).as(endpoint).contains("mot de passe requis").doesNotContain("status");
            assertThat(get(endpoint, "personne", "inconnu").statusCode()).as(endpoint).isEqualTo(401);
            assertThat(get(endpoint, TestStaff.CLS, TestStaff.password(TestStaff.CLS)).statusCode()).as(endpoint).isEqualTo(403);
            int operator = get(endpoint, TestStaff.PILOTAGE, TestStaff.password(TestStaff.PILOTAGE)).statusCode();
            assertThat(operator).as(endpoint).isIn(endpoint.equals("/actuator/health") ? List.of(200, 503) : List.of(200));
        }
        // The whole health says DOWN (503) while a part is down: here the mail server, absent from these tests.
        HttpResponse<String> details = get("/actuator/health", ADMIN, ADMIN_PASSWORD);
        assertThat(details.statusCode()).isIn(200, 503);
        assertThat(details.body()).contains("\"db\":{\"status\":\"UP\"", "\"processEngine\":{\"status\":\"UP\"", "\"mail\":{");
    }

    @Test
    void prometheusShowsTheProtocolsAndTheEnginesFigures() throws Exception {
        engine.getIdentityService().setAuthentication(TestStaff.CLS, List.of("cls"));
        try {
            new DossierDriver(engine).start().proposerRendezVous();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        long atInterview = figures.openByStage().get(Etape.ENTRETIEN);

        String metrics = get("/actuator/prometheus", ADMIN, ADMIN_PASSWORD).body();

        assertThat(value(metrics, "accompagnement_dossiers_open\\{application=\"accompagnement-installation\",stage=\"entretien\"}"))
                .isEqualTo(atInterview).isPositive();
        assertThat(metrics).contains("accompagnement_dossiers_open{application=\"accompagnement-installation\",stage=\"recueil\"}")
                .doesNotContain("stage=\"clos\"");
        assertThat(value(metrics, "accompagnement_dossiers_late\\{application=\"accompagnement-installation\"}"))
                .isEqualTo(figures.late());
        assertThat(value(metrics, "camunda_tasks_open\\{application=\"accompagnement-installation\"}"))
                .isEqualTo(engine.getTaskService().createTaskQuery().count());
        assertThat(metrics).contains("camunda_jobs_due{", "camunda_jobs_failed{", "camunda_incidents_open{",
                "camunda_process_instances_started_total{", "camunda_jobs_successful_total{",
                "accompagnement_mails_sent_total{", "accompagnement_mails_failed_total{", "jvm_memory_used_bytes{");
        assertThat(metrics).doesNotContain("Fictive", "jeanne");
    }

    @Test
    void noOtherManagementEndpointIsExposed() throws Exception {
        for (String endpoint : List.of("/actuator/metrics", "/actuator/env", "/actuator/heapdump", "/actuator/beans", "/actuator/loggers")) {
            assertThat(get(endpoint, ADMIN, ADMIN_PASSWORD).statusCode()).as(endpoint).isEqualTo(404);
        }
    }

    private static long value(String metrics, String series) {
        Matcher line = Pattern.compile("(?m)^" + series + " ([0-9.E+-]+)$").matcher(metrics);
        assertThat(line.find()).as(series + " in\n" + metrics).isTrue();
        return (long) Double.parseDouble(line.group(1));
    }

    private HttpResponse<String> get(String path, String user, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
