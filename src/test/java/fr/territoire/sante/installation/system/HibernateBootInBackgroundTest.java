package fr.territoire.sante.installation.system;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.process.ProcessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

class HibernateBootInBackgroundTest extends ProcessTest {

    @Autowired
    ApplicationContext context;

    @Test
    void hibernateWasBuiltOnItsOwnThreadAndIsReady() {
        LocalContainerEntityManagerFactoryBean factory =
                context.getBean("&entityManagerFactory", LocalContainerEntityManagerFactoryBean.class);
        assertThat(factory.getBootstrapExecutor()).isNotNull();
        assertThat(factory.getNativeEntityManagerFactory().isOpen()).isTrue();
    }
}
