package fr.territoire.sante.installation.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps a Tasklist page fast on PostgreSQL whatever the number of open tasks: the index it reads in
 * order ({@link TasklistIndex}) and the planner settings that let PostgreSQL use it
 * ({@link FilterListPlanning}). H2 needs neither: it answers the same page in a few milliseconds.
 * On every database, authorization checks skip the engine's scan of all authorizations
 * ({@link AuthorizationManagerWithoutGroupScan}), which grows with the open tasks.
 */
@Component
public class QueryPerformancePlugin extends AbstractProcessEnginePlugin {

    /** What the engine runs first in the transaction that lists a filter's tasks on PostgreSQL (see {@link FilterListPlanning}). */
    public static final String FILTER_LIST_SETTINGS = FilterListPlanning.SETTINGS;

    private final FilterListPlanning planning = new FilterListPlanning(this::isPostgres);
    private ProcessEngineConfigurationImpl configuration;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
        configuration.setCustomPostCommandInterceptorsTxRequired(
                appended(configuration.getCustomPostCommandInterceptorsTxRequired(), planning));
        configuration.setCustomSessionFactories(
                appended(configuration.getCustomSessionFactories(), new AuthorizationManagerWithoutGroupScan.Factory()));
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        // The engine has created or updated its tables by now.
        if (isPostgres()) {
            EngineIndexes.ensure(configuration.getDataSource(), EngineIndexes.forPostgres());
        }
    }

    /** Only for the benchmark's before/after comparison. */
    public void planFilterLists(boolean enabled) {
        planning.setEnabled(enabled);
    }

    /** The engine's list of extensions of one kind (null until someone adds one) with ours added. */
    private static <T> List<T> appended(List<T> extensions, T ours) {
        List<T> list = extensions == null ? new ArrayList<>() : extensions;
        list.add(ours);
        return list;
    }

    private boolean isPostgres() {
        return DbSqlSessionFactory.POSTGRES.equals(configuration.getDatabaseType());
    }
}
