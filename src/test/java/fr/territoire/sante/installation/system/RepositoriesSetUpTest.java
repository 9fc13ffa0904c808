package fr.territoire.sante.installation.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import fr.territoire.sante.installation.process.ProcessTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.repository.CrudRepository;

/**
 * Repositories are set up at their first use, not at start-up (application.yaml): a JPQL query that
 * no longer matches the entities would only fail then. This test sets each one up, so the suite
 * fails instead of a dossier's step.
 */
class RepositoriesSetUpTest extends ProcessTest {

    @Autowired
    ApplicationContext context;

    @Test
    void everyRepositorySetsUpWithValidQueries() {
        @SuppressWarnings("rawtypes")
        Map<String, CrudRepository> repositories = context.getBeansOfType(CrudRepository.class);
        assertThat(repositories).hasSizeGreaterThanOrEqualTo(9);
        repositories.forEach((name, repository) ->
                assertThatCode(repository::count).as(name).doesNotThrowAnyException());
    }
}
