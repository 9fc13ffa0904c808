package fr.territoire.sante.installation.process;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.territoire.sante.installation.system.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Engine tests on in-memory H2 with the whole application context (delegates, listeners, store),
 * job executor off: timers are fired explicitly. A real SMTP server (GreenMail) receives the e-mails.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class ProcessTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(true);

    @Autowired
    protected ProcessEngine engine;

    protected DossierDriver dossier;

    @BeforeEach
    void initEngineAndStaff() {
        BpmnAwareTests.init(engine);
        createUserIfMissing("cpts1", "cpts1@exemple.invalid", Groups.CPTS);
        createUserIfMissing("cls1", "cls1@exemple.invalid", Groups.CLS);
        createUserIfMissing("pilotage1", "pilotage1@exemple.invalid", Groups.PILOTAGE);
        dossier = new DossierDriver(engine);
    }

    @AfterEach
    void resetClockAndAuthentication() {
        ClockUtil.reset();
        engine.getIdentityService().clearAuthentication();
    }

    private void createUserIfMissing(String id, String email, String group) {
        IdentityService identity = engine.getIdentityService();
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName(id);
            user.setLastName("Test");
            user.setEmail(email);
            user.setPassword("mot-de-passe-" + id);
            identity.saveUser(user);
            identity.createMembership(id, group);
        }
    }
}
