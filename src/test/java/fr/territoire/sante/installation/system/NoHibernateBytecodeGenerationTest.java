package fr.territoire.sante.installation.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.process.ProcessTest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.bytecode.internal.none.BytecodeProviderImpl;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.cfg.BytecodeSettings;
import org.hibernate.engine.FetchTiming;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.internal.ToOneAttributeMapping;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Hibernate boots without Byte Buddy, and no entity needs the proxies that leaves out. */
class NoHibernateBytecodeGenerationTest extends ProcessTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void hibernateUsesTheProviderThatGeneratesNothing() {
        SessionFactoryImplementor sessionFactory = entityManagerFactory.unwrap(SessionFactoryImplementor.class);
        assertThat(sessionFactory.getServiceRegistry().requireService(BytecodeProvider.class))
                .isInstanceOf(BytecodeProviderImpl.class);
        assertThat(entityManagerFactory.getProperties().get(BytecodeSettings.BYTECODE_PROVIDER_INSTANCE))
                .isInstanceOf(BytecodeProviderImpl.class);
    }

    @Test
    void askingForAProxyFailsInsteadOfGeneratingOne() {
        EntityManager entityManager = entityManagerFactory.createEntityManager();
        try {
            assertThatThrownBy(() -> entityManager.getReference(Dossier.class, 1L))
                    .hasMessageContaining("HibernateProxy");
        } finally {
            entityManager.close();
        }
    }

    @Test
    void noEntityHasALazyToOneAssociation() {
        List<String> lazy = new ArrayList<>();
        entityManagerFactory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel()
                .forEachEntityDescriptor(entity -> entity.forEachAttributeMapping(attribute -> {
                    if (attribute instanceof ToOneAttributeMapping toOne
                            && toOne.getMappedFetchOptions().getTiming() != FetchTiming.IMMEDIATE) {
                        lazy.add(entity.getEntityName() + "." + attribute.getAttributeName());
                    }
                }));
        assertThat(lazy).as("a lazy to-one association needs the proxies that NoHibernateBytecodeGeneration"
                + " leaves out: fetch it eagerly, or give up that start-up saving").isEmpty();
    }
}
