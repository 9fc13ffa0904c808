package fr.territoire.sante.installation.benchmark;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.zaxxer.hikari.HikariDataSource;
import fr.territoire.sante.installation.AccompagnementApplication;
import fr.territoire.sante.installation.identity.Groups;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Our application, started as in production (authorizations on, history "activity", the database's
 * own profile, its web server on a free port) with the job executor off (the benchmark fires timers) and
 * with a {@link TransactionCounter} around its DataSource. Its outbox sends to a local SMTP server
 * (GreenMail, in memory), so that each mail costs what it costs in production: one send, no retry.
 * Deploys the bare comparison process and creates one CLS and one CPTS staff member.
 */
final class ApplicationUnderBenchmark implements AutoCloseable {

    static final String CLS_USER = "benchcls";
    static final String CPTS_USER = "benchcpts";
    static final String BARE_PROCESS = "benchmark-bare";

    final Database database;
    final ConfigurableApplicationContext context;
    final ProcessEngine engine;
    final TransactionCounter transactions = new TransactionCounter();
    private final GreenMail smtp;

    private ApplicationUnderBenchmark(Database database, List<String> extraArguments) {
        this.database = database;
        this.smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
        List<String> args = new ArrayList<>(database.springArguments());
        args.add("--server.port=0"); // a web server as in production, on a free port
        args.add("--spring.main.banner-mode=off");
        args.add("--camunda.bpm.job-execution.enabled=false");
        args.add("--camunda.bpm.admin-user.id=admin");
        args.add("--camunda.bpm.admin-user.password=" + BenchmarkMain.ADMIN_PASSWORD);
        args.add("--spring.mail.host=127.0.0.1");
        args.add("--spring.mail.port=" + smtp.getSmtp().getPort());
        args.add("--accompagnement.mail.envoi.intervalle=PT1S"); // 15 s in production: the same sends, sooner
        args.add("--logging.level.root=WARN");
        args.add("--logging.level.org.camunda.bpm.engine.impl.persistence.entity=INFO");
        args.addAll(extraArguments);
        this.context = new SpringApplicationBuilder(AccompagnementApplication.class)
                .initializers(ctx -> ctx.getBeanFactory().addBeanPostProcessor(transactions))
                .run(args.toArray(String[]::new));
        this.engine = context.getBean(ProcessEngine.class);
        deployBareProcess();
        createStaff();
    }

    /** The benchmark staff's fictional password, for what logs in over HTTP. */
    static String password(String userId) {
        return "mot-de-passe-" + userId;
    }

    /** The port the application's web server listens on. */
    int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    static ApplicationUnderBenchmark start(Database database, String... extraArguments) {
        return new ApplicationUnderBenchmark(database, List.of(extraArguments));
    }

    ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /**
     * Replaces the pool's connections, so that what follows prepares its statements and gets its
     * plans afresh: PostgreSQL keeps a prepared statement's generic plan for the connection's life,
     * made with the planner settings of the moment it was made.
     */
    void freshConnections() {
        try {
            bean(DataSource.class).unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void deployBareProcess() {
        engine.getRepositoryService().createDeployment()
                .name("benchmark")
                .addClasspathResource("benchmark/bare-process.bpmn")
                .enableDuplicateFiltering(true)
                .deploy();
        AuthorizationService authorizations = engine.getAuthorizationService();
        for (String group : new String[] {Groups.CLS, Groups.CPTS}) {
            if (authorizations.createAuthorizationQuery().groupIdIn(group)
                    .resourceType(Resources.PROCESS_DEFINITION).resourceId(BARE_PROCESS).count() == 0) {
                Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                grant.setGroupId(group);
                grant.setResource(Resources.PROCESS_DEFINITION);
                grant.setResourceId(BARE_PROCESS);
                grant.addPermission(Permissions.READ);
                grant.addPermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
                authorizations.saveAuthorization(grant);
            }
        }
    }

    private void createStaff() {
        createUser(CLS_USER, Groups.CLS);
        createUser(CPTS_USER, Groups.CPTS);
    }

    private void createUser(String id, String group) {
        IdentityService identity = engine.getIdentityService();
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName(id);
            user.setLastName("Benchmark");
            user.setEmail(id + "@exemple.invalid");
            user.setPassword(password(id));
            identity.saveUser(user);
            identity.createMembership(id, group);
        }
    }

    /** Runs the action as the given staff member, the way the REST API authenticates a Tasklist call. */
    void as(String userId, Runnable action) {
        IdentityService identity = engine.getIdentityService();
        identity.setAuthentication(userId, List.of(CLS_USER.equals(userId) ? Groups.CLS : Groups.CPTS));
        try {
            action.run();
        } finally {
            identity.clearAuthentication();
        }
    }

    /**
     * Waits until the outbox has sent every queued mail (at most a minute), reading through a connection
     * of its own so that the application's transaction count does not see the wait.
     */
    void awaitOutboxSent() {
        long limit = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        try {
            while (database.queryRow("select count(*) from courriel_sortant where statut in ('A_ENVOYER', 'EN_COURS')",
                    row -> row.getLong(1)) > 0) {
                if (System.nanoTime() > limit) {
                    throw new IllegalStateException("the outbox did not empty within a minute");
                }
                Thread.sleep(500);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.close();
        smtp.stop();
    }
}
