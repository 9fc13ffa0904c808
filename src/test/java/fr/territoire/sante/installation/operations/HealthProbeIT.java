package fr.territoire.sante.installation.operations;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;

/**
 * The probes docker-compose waits for answer without login, follow the application's availability
 * state, and nothing else of a management interface is exposed.
 */
class HealthProbeIT extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    private ApplicationContext context;

    @Test
    void theProbesAnswerUpWithoutLogin() throws Exception {
        for (String probe : new String[] {"/actuator/health/readiness", "/actuator/health/liveness", "/actuator/health"}) {
            HttpResponse<String> response = get(probe);
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(response.body()).as(probe).isEqualTo("{\"status\":\"UP\"}");
        }
    }

    @Test
    void aProbeAnswers503WhileTheApplicationIsNotAvailable() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            HttpResponse<String> readiness = get("/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).isEqualTo("{\"status\":\"OUT_OF_SERVICE\"}");
            assertThat(get("/actuator/health").statusCode()).isEqualTo(503);
            assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        AvailabilityChangeEvent.publish(context, LivenessState.BROKEN);
        try {
            HttpResponse<String> liveness = get("/actuator/health/liveness");
            assertThat(liveness.statusCode()).isEqualTo(503);
            assertThat(liveness.body()).isEqualTo("{\"status\":\"DOWN\"}");
            assertThat(get("/actuator/health").body()).isEqualTo("{\"status\":\"DOWN\"}");
        } finally {
            AvailabilityChangeEvent.publish(context, LivenessState.CORRECT);
        }
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void noOtherManagementEndpointIsExposed() throws Exception {
        for (String endpoint : new String[] {"/actuator", "/actuator/metrics", "/actuator/env", "/actuator/heapdump", "/actuator/beans"}) {
            assertThat(get(endpoint).statusCode()).as(endpoint).isEqualTo(404);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
