package fr.territoire.sante.installation.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListPageCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Planner settings for the transaction that lists a filter's tasks (a Tasklist page) on PostgreSQL,
 * so that it can use {@link TasklistIndex}. The engine's authorization check is a CASE of correlated
 * sub-queries; PostgreSQL costs it at almost nothing as a hash join filter and at its true price
 * everywhere else, so it always picks "hash join every candidate task, then sort them all" and never
 * the plan that reads tasks in index order and stops after one page. Without hash joins the costs are
 * consistent and the early-stopping plan wins on its own merits. But that CASE then outweighs
 * everything else in every plan's cost, so much that PostgreSQL can no longer tell (within its 1 %
 * tolerance) probing the identity links by index from comparing every task with every identity link:
 * keeping the joins in the order the engine writes them (tasks, then identity links, then the process
 * definition) settles the identity links before the CASE comes in. JIT compilation is off too: the
 * consistent costs cross its threshold, and compiling takes far longer than the query.
 *
 * <p>Only list commands: a filter's count has no order to follow and is left as the engine plans it.
 * {@code set_config(…, true)} is local to the transaction, so nothing leaks to other statements once
 * it ends; and a setting of the planner never changes a result, only how it is computed.
 */
final class FilterListPlanning extends CommandInterceptor {

    static final String SETTINGS = "select set_config('enable_hashjoin', 'off', true), set_config('join_collapse_limit', '1', true),"
            + " set_config('jit', 'off', true)";

    private final BooleanSupplier postgres;
    private volatile boolean enabled = true;

    /** {@code postgres} is asked at each command: the engine learns its database type while it starts. */
    FilterListPlanning(BooleanSupplier postgres) {
        this.postgres = postgres;
    }

    /** Only for the benchmark, which measures the same page with and without these settings. */
    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (enabled && listsFilterTasks(command) && postgres.getAsBoolean()) {
            apply(Context.getCommandContext());
        }
        return next.execute(command);
    }

    private static boolean listsFilterTasks(Command<?> command) {
        return command instanceof ExecuteFilterListPageCmd || command instanceof ExecuteFilterListCmd;
    }

    private static void apply(CommandContext commandContext) {
        Connection connection = commandContext.getDbSqlSession().getSqlSession().getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute(SETTINGS);
        } catch (SQLException e) {
            throw new ProcessEngineException("Could not prepare the Tasklist page query", e);
        }
    }
}
