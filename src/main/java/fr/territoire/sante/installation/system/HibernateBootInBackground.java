package fr.territoire.sante.installation.system;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.orm.jpa.AbstractEntityManagerFactoryBean;

/**
 * Hibernate builds the reporting store's metamodel on a thread of its own while the main thread goes
 * on with the Camunda engine and the web server: about 0.6 s earlier to "ready" on our two cores
 * (docs/performance.md, section 5). The engine's transactions, which are Spring's JPA transactions so
 * that dossier writes commit with the engine, wait for Hibernate if it is not ready yet, and Spring
 * waits for it before the application is ready, so a Hibernate failure still stops the start.
 *
 * <p>Spring Boot does this itself only with an executor named {@code applicationTaskExecutor}, which
 * it does not create while Camunda's job executor runs. The thread is set on the JPA factory itself,
 * after every builder customizer, so that it is this one whether or not the job executor runs (the
 * tests stop it).
 */
@Configuration(proxyBeanMethods = false)
class HibernateBootInBackground {

    static final String THREAD_PREFIX = "hibernate-boot-";

    /** Static: a post-processor is created before the other beans, and needs none of them. */
    @Bean
    static BeanPostProcessor hibernateBootsOnItsOwnThread() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof AbstractEntityManagerFactoryBean factory) {
                    factory.setBootstrapExecutor(new SimpleAsyncTaskExecutor(THREAD_PREFIX));
                }
                return bean;
            }
        };
    }
}
