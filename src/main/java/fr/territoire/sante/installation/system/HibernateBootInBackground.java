package fr.territoire.sante.installation.system;

import org.springframework.boot.autoconfigure.orm.jpa.EntityManagerFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * Hibernate builds the reporting store's metamodel on a thread of its own while the main thread goes
 * on with the Camunda engine and the web server: about 0.6 s earlier to "ready" on our two cores
 * (docs/performance.md, section 5). The engine's transactions, which are Spring's JPA transactions so
 * that dossier writes commit with the engine, wait for Hibernate if it is not ready yet, and Spring
 * waits for it before the application is ready, so a Hibernate failure still stops the start.
 * Spring Boot would do this itself with an executor named {@code applicationTaskExecutor}, which it
 * does not create here because Camunda's job executor already is one.
 */
@Configuration(proxyBeanMethods = false)
class HibernateBootInBackground {

    @Bean
    EntityManagerFactoryBuilderCustomizer hibernateBootsOnItsOwnThread() {
        return builder -> builder.setBootstrapExecutor(new SimpleAsyncTaskExecutor("hibernate-boot-"));
    }
}
