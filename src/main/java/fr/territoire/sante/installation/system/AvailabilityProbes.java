package fr.territoire.sante.installation.system;

import java.util.Map;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The health probes docker-compose (or any orchestrator) asks, at the paths and in the format Spring
 * Boot's actuator uses, from Spring Boot's own availability state: ready once started and accepting
 * traffic, live unless the application declared itself broken; 503 otherwise. Actuator itself is not
 * embedded: these probes were all we used of it, and without it the start-up is shorter
 * (docs/performance.md, section 5) and no other management endpoint can be exposed by mistake.
 */
@RestController
class AvailabilityProbes {

    private final ApplicationAvailability availability;

    AvailabilityProbes(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @GetMapping(path = "/actuator/health/readiness", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> readiness() {
        return probe(isReady(), "OUT_OF_SERVICE");
    }

    @GetMapping(path = "/actuator/health/liveness", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> liveness() {
        return probe(isLive(), "DOWN");
    }

    /** Both at once, as actuator's own health endpoint answers with its probes as the only indicators. */
    @GetMapping(path = "/actuator/health", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> health() {
        return probe(isReady() && isLive(), isLive() ? "OUT_OF_SERVICE" : "DOWN");
    }

    private boolean isReady() {
        return availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
    }

    private boolean isLive() {
        return availability.getLivenessState() == LivenessState.CORRECT;
    }

    private static ResponseEntity<Map<String, String>> probe(boolean up, String statusOtherwise) {
        return ResponseEntity.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .body(Map.of("status", up ? "UP" : statusOtherwise));
    }
}
