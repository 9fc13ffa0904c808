package fr.territoire.sante.installation.process;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import fr.territoire.sante.installation.TestStaff;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

/**
 * Engine tests on in-memory H2 with the whole application context (delegates, listeners, store),
 * job executor off: timers are fired explicitly. A real SMTP server (GreenMail) receives the e-mails.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class ProcessTest {

    /** A free port per test JVM, so that two builds on one machine do not fight over GreenMail's 3025. */
    static final int SMTP_PORT = TestSocketUtils.findAvailableTcpPort();

    @RegisterExtension
    protected static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(true);

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.port", () -> SMTP_PORT);
        properties.add("spring.mail.host", () -> "127.0.0.1");
    }

    @Autowired
    protected ProcessEngine engine;

    protected DossierDriver dossier;

    @BeforeEach
    void initEngineAndStaff() {
        BpmnAwareTests.init(engine);
        TestStaff.createIn(engine.getIdentityService());
        dossier = new DossierDriver(engine);
    }

    @AfterEach
    void resetClockAndAuthentication() {
        ClockUtil.reset();
        engine.getIdentityService().clearAuthentication();
    }
}
