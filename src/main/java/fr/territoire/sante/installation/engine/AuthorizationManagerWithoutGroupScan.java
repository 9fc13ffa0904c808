package fr.territoire.sante.installation.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The engine's authorization checks, without the scan of every authorization that precedes them.
 * Before its first check in each command (each Tasklist page among them), the engine reads
 * {@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION}, a table that holds a row per candidate
 * group of every open task, only to drop from the user's groups those that have no authorization at
 * all. Dropping them changes no answer: a group without authorizations matches no row of the checks.
 * So the user's groups go to the checks as they are, and every authenticated command saves that scan,
 * which grows with the open tasks: with 10,000 open dossiers on PostgreSQL, a CLS Tasklist page's
 * median went from 12 to under 4 ms (docs/performance.md, « Contournements gardés »). Our users belong to one or two
 * groups, so the checks' group lists stay as short as before.
 *
 * <p>Installed through the engine's own extension point, a custom session factory for
 * {@link AuthorizationManager}; every check itself is the engine's.
 */
public class AuthorizationManagerWithoutGroupScan extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
        if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
            return EMPTY_LIST;
        }
        // a mutable list, as the engine's own (MyBatis reads it by reflection), without duplicates
        return new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
    }

    /** Opens this manager wherever the engine asks for its {@link AuthorizationManager}. */
    static final class Factory implements SessionFactory {

        @Override
        public Class<?> getSessionType() {
            return AuthorizationManager.class;
        }

        @Override
        public Session openSession() {
            return new AuthorizationManagerWithoutGroupScan();
        }
    }
}
