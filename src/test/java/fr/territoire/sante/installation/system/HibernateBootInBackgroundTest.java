package fr.territoire.sante.installation.system;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.process.ProcessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

class HibernateBootInBackgroundTest extends ProcessTest {

    @Autowired
    ApplicationContext context;

    /**
     * The tests stop the job executor, so Spring Boot creates its own task executor and would build
     * Hibernate on it: the thread's name tells which one did.
     */
    @Test
    void hibernateWasBuiltOnItsOwnThreadAndIsReady() {
        LocalContainerEntityManagerFactoryBean factory =
                context.getBean("&entityManagerFactory", LocalContainerEntityManagerFactoryBean.class);
        assertThat(factory.getBootstrapExecutor()).isInstanceOfSatisfying(SimpleAsyncTaskExecutor.class,
                executor -> assertThat(executor.getThreadNamePrefix()).isEqualTo(HibernateBootInBackground.THREAD_PREFIX));
        assertThat(factory.getNativeEntityManagerFactory().isOpen()).isTrue();
    }
}
