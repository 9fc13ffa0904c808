package fr.territoire.sante.installation.system;

import java.util.Map;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.bytecode.internal.none.BytecodeProviderImpl;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.cfg.BytecodeSettings;
import org.hibernate.service.spi.ServiceContributor;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Hibernate generates no classes at run time. By default it starts Byte Buddy twice while it boots:
 * to build a lazy-loading proxy class for each entity, and for a class transformer that only a
 * load-time weaver would use (there is none). No entity of the reporting store is ever loaded through
 * a proxy (no lazy to-one association, no {@code getReference}), so both are start-up work for
 * nothing: about 0.4 s of the main thread (docs/performance.md, section 5). With Hibernate's "none"
 * provider, asking for a proxy fails loudly instead; {@code NoHibernateBytecodeGenerationTest} fails
 * first if an entity ever needs one.
 *
 * <p>Two hooks because Hibernate looks twice: its service registry takes contributors found through
 * {@code META-INF/services}, and its JPA bootstrap reads the transformer's provider from the
 * properties Spring Boot passes.
 */
@Component
public class NoHibernateBytecodeGeneration implements ServiceContributor, HibernatePropertiesCustomizer {

    /** Stateless: the same provider serves both hooks. */
    private static final BytecodeProvider GENERATES_NOTHING = new BytecodeProviderImpl();

    @Override
    public void contribute(StandardServiceRegistryBuilder serviceRegistry) {
        serviceRegistry.addService(BytecodeProvider.class, GENERATES_NOTHING);
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        hibernateProperties.put(BytecodeSettings.BYTECODE_PROVIDER_INSTANCE, GENERATES_NOTHING);
    }
}
