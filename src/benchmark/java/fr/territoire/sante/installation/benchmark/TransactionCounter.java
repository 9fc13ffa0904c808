package fr.territoire.sante.installation.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts, on the application side, the database transactions the application ends: a transaction is
 * "writing" when one of its statements inserts, updates, deletes or locks rows (select … for update),
 * "read-only" otherwise; a statement run in auto-commit mode is a transaction of its own. Installed
 * around the application's DataSource bean, so the engine and the reporting store are both seen.
 */
final class TransactionCounter implements BeanPostProcessor {

    private static final String[] WRITING_VERBS = {"insert", "update", "delete", "merge", "create", "alter", "drop", "truncate"};
    private static final Pattern FOR_UPDATE = Pattern.compile("\\bfor\\s+(no\\s+key\\s+)?update\\b");

    final AtomicLong writing = new AtomicLong();
    /** Of {@link #writing}, those ended on Spring's scheduler threads: the outbox, reminders, retention. */
    final AtomicLong writingScheduled = new AtomicLong();
    final AtomicLong readOnly = new AtomicLong();
    final AtomicLong rolledBack = new AtomicLong();
    final AtomicLong statements = new AtomicLong();

    record Snapshot(long writing, long writingScheduled, long readOnly, long rolledBack, long statements) {
        Snapshot minus(Snapshot before) {
            return new Snapshot(writing - before.writing, writingScheduled - before.writingScheduled, readOnly - before.readOnly,
                    rolledBack - before.rolledBack, statements - before.statements);
        }
    }

    Snapshot snapshot() {
        return new Snapshot(writing.get(), writingScheduled.get(), readOnly.get(), rolledBack.get(), statements.get());
    }

    private void countWriting() {
        writing.incrementAndGet();
        if (Thread.currentThread().getName().startsWith("scheduling-")) {
            writingScheduled.incrementAndGet();
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            return proxy(DataSource.class, (p, method, args) -> {
                Object result = invoke(dataSource, method, args);
                return result instanceof Connection connection ? new ConnectionHandler(connection).proxy() : result;
            });
        }
        return bean;
    }

    /** Looks at the statement's first word and at its tail ("… for update", "… for no key update"). */
    static boolean isWriting(String sql) {
        int start = 0;
        while (true) {
            while (start < sql.length() && Character.isWhitespace(sql.charAt(start))) {
                start++;
            }
            if (!sql.startsWith("/*", start)) {
                break;
            }
            int end = sql.indexOf("*/", start);
            start = end < 0 ? sql.length() : end + 2;
        }
        String head = sql.substring(start, Math.min(sql.length(), start + 10)).toLowerCase(Locale.ROOT);
        for (String verb : WRITING_VERBS) {
            if (head.startsWith(verb)) {
                return true;
            }
        }
        String tail = sql.substring(Math.max(0, sql.length() - 60)).toLowerCase(Locale.ROOT);
        return FOR_UPDATE.matcher(tail).find();
    }

    private final class ConnectionHandler implements InvocationHandler {

        private final Connection target;
        private boolean autoCommit;
        private boolean pending;
        private boolean pendingWrites;

        ConnectionHandler(Connection target) throws java.sql.SQLException {
            this.target = target;
            this.autoCommit = target.getAutoCommit();
        }

        Connection proxy() {
            return TransactionCounter.proxy(Connection.class, this);
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "commit" -> {
                    Object result = TransactionCounter.invoke(target, method, args);
                    ended(true);
                    return result;
                }
                case "rollback" -> {
                    Object result = TransactionCounter.invoke(target, method, args);
                    if (args == null || args.length == 0) {
                        ended(false);
                    }
                    return result;
                }
                case "setAutoCommit" -> {
                    boolean value = (Boolean) args[0];
                    Object result = TransactionCounter.invoke(target, method, args);
                    if (value && !autoCommit) {
                        ended(true); // JDBC: switching auto-commit on commits the open transaction
                    }
                    autoCommit = value;
                    return result;
                }
                case "close" -> {
                    if (pending) {
                        ended(false); // the pool rolls back what was left open
                    }
                    return TransactionCounter.invoke(target, method, args);
                }
                case "prepareStatement", "prepareCall" -> {
                    Object statement = TransactionCounter.invoke(target, method, args);
                    String sql = (String) args[0];
                    Class<?> type = statement instanceof CallableStatement ? CallableStatement.class : PreparedStatement.class;
                    return TransactionCounter.proxy(type, new StatementHandler(this, statement, sql));
                }
                case "createStatement" -> {
                    Object statement = TransactionCounter.invoke(target, method, args);
                    return TransactionCounter.proxy(Statement.class, new StatementHandler(this, statement, null));
                }
                default -> {
                    return TransactionCounter.invoke(target, method, args);
                }
            }
        }

        void executed(String sql) {
            statements.incrementAndGet();
            boolean writes = sql != null && isWriting(sql);
            if (autoCommit) {
                if (writes) {
                    countWriting();
                } else {
                    readOnly.incrementAndGet();
                }
            } else {
                pending = true;
                pendingWrites |= writes;
            }
        }

        private void ended(boolean committed) {
            if (pending) {
                if (!committed) {
                    rolledBack.incrementAndGet();
                } else if (pendingWrites) {
                    countWriting();
                } else {
                    readOnly.incrementAndGet();
                }
            }
            pending = false;
            pendingWrites = false;
        }
    }

    private static final class StatementHandler implements InvocationHandler {

        private final ConnectionHandler connection;
        private final Object target;
        private final String preparedSql;
        private String batchSql;

        StatementHandler(ConnectionHandler connection, Object target, String preparedSql) {
            this.connection = connection;
            this.target = target;
            this.preparedSql = preparedSql;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("addBatch") && args != null && args.length == 1 && args[0] instanceof String sql) {
                batchSql = sql;
            } else if (name.startsWith("execute")) {
                String sql = args != null && args.length > 0 && args[0] instanceof String s ? s
                        : preparedSql != null ? preparedSql : batchSql;
                connection.executed(sql);
            }
            return TransactionCounter.invoke(target, method, args);
        }
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(TransactionCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
