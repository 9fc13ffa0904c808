package fr.territoire.sante.installation.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.errors.ErreurTraduite;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

class SerialisationJavaRefuseeTest {

    private final SerialisationJavaRefusee traduction = new SerialisationJavaRefusee();

    @Test
    void theEnginesRefusalOfJavaSerializationBecomesAFrench400EvenWrapped() {
        ProcessEngineException refus = new ProcessEngineException(
                "ENGINE-17007 Cannot set variable with name charge. Java serialization format is prohibited");
        assertThat(traduction.traduire(new RuntimeException("Cannot instantiate process definition", refus)))
                .contains(new ErreurTraduite(400, SerialisationJavaRefusee.MESSAGE));
        assertThat(SerialisationJavaRefusee.MESSAGE).contains("sérialisées en Java").contains("JSON")
                .doesNotContain("ENGINE-", "Exception");
    }

    @Test
    void otherFailuresAreLeftToOthers() {
        assertThat(traduction.traduire(new ProcessEngineException("ENGINE-03005 something else"))).isEmpty();
        assertThat(traduction.traduire(new IllegalStateException("ENGINE-17007 not from the engine"))).isEmpty();
    }
}
