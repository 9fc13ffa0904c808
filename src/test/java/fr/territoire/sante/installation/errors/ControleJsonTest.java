package fr.territoire.sante.installation.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the request guard refuses in a JSON body before anything stores it, and what it lets through. */
class ControleJsonTest {

    private static Optional<ErreurTraduite> moteur(String json) {
        return ControleJson.controler(json.getBytes(StandardCharsets.UTF_8), true, "/engine-rest/task/1/submit-form")
                .map(RequeteRefusee::reponse);
    }

    @Test
    void aWellFormedSubmissionPasses() {
        assertThat(moteur("{\"variables\": {\"nom\": {\"value\": \"${execution.setVariable('x',1)}\"}, \"n\": {\"value\": 3, \"type\": \"Integer\"}}}"))
                .isEmpty();
    }

    @Test
    void refusesWhatTheEngineWouldFailOnNamingTheField() {
        assertThat(moteur("{\"variables\": {\"" + "n".repeat(256) + "\": {\"value\": 1}}}")).get().extracting(ErreurTraduite::message)
                .asString().startsWith("Nom de variable trop long");
        assertThat(moteur("{\"variables\": {\"lieu\": {\"value\": \"" + "é".repeat(4001) + "\"}}}")).get().extracting(ErreurTraduite::message)
                .asString().contains("« lieu »", "4000");
        assertThat(moteur("{\"variables\": {\"lieu\": {\"value\": \"a\\u0000b\"}}}")).get().extracting(ErreurTraduite::message)
                .asString().contains("Caractère nul", "« value »");
        assertThat(moteur("{\"businessKey\": \"" + "k".repeat(256) + "\"}")).get().extracting(ErreurTraduite::statut).isEqualTo(400);
        assertThat(moteur("{\"variables\": {\"v\": null}}")).isPresent();
        assertThat(moteur("null")).isPresent();
        assertThat(moteur("{\"variables\": {\"v\": {\"value\": \"rO0AB\", \"type\": \"Object\", \"valueInfo\": "
                + "{\"serializationDataFormat\": \"application/x-java-serialized-object\"}}}}")).get()
                .extracting(ErreurTraduite::message).asString().contains("Java sérialisés");
        assertThat(moteur("{\"variables\": ")).get().extracting(ErreurTraduite::message).asString().startsWith("Corps de la requête illisible");
        assertThat(moteur("[".repeat(5000))).isPresent();
    }

    @Test
    void ourEndpointsKeepTheirOwnRulesBeyondJsonAndNul() {
        byte[] long5000 = ("{\"nom\": \"" + "x".repeat(5000) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertThat(ControleJson.controler(long5000, false, "/api/dossiers/PS-2026-0001/visites")).isEmpty();
        assertThat(ControleJson.controler("{\"nom\": \"\\u0000\"}".getBytes(StandardCharsets.UTF_8), false, "/api/x")).isPresent();
    }
}
