package fr.territoire.sante.installation;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * Captures the SQL Camunda's MyBatis mappers generate (their DEBUG lines "Preparing:" and
 * "Parameters:"), for one action, and inlines the parameters so the statement can be EXPLAINed; or
 * the SQL Hibernate writes for the reporting store.
 */
public final class SqlCapture {

    public static final String ENGINE_STATEMENTS = "org.camunda.bpm.engine.impl.persistence.entity";

    public record Statement(String mapper, String sql, String parameters) {

        /** The statement with its parameters written in as SQL literals. */
        public String inlined() {
            List<String> values = parse(parameters);
            StringBuilder out = new StringBuilder();
            int next = 0;
            boolean quoted = false;
            for (char c : sql.toCharArray()) {
                if (c == '\'') {
                    quoted = !quoted;
                }
                if (c == '?' && !quoted && next < values.size()) {
                    out.append(values.get(next++));
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }

        private static final Pattern VALUE = Pattern.compile("(.*?)\\((\\w+)\\)(?:, |$)");

        private static List<String> parse(String parameters) {
            List<String> values = new ArrayList<>();
            if (parameters == null || parameters.isBlank()) {
                return values;
            }
            Matcher m = VALUE.matcher(parameters);
            while (m.find()) {
                String value = m.group(1);
                String type = m.group(2);
                values.add(switch (type) {
                    case "Integer", "Long", "Short", "Boolean", "Double", "BigDecimal" -> value;
                    case "Timestamp" -> "timestamp '" + value + "'";
                    default -> "'" + value.replace("'", "''") + "'";
                });
            }
            if (parameters.strip().equals("null")) {
                values.add("null");
            }
            return values;
        }
    }

    private SqlCapture() {
    }

    /** Runs the action with the engine's statement loggers at DEBUG and returns what they printed. */
    public static List<Statement> during(Runnable action) {
        List<Statement> statements = new ArrayList<>();
        String pendingSql = null;
        String pendingMapper = null;
        for (ILoggingEvent event : logged(ENGINE_STATEMENTS, action)) {
            String message = event.getFormattedMessage();
            int preparing = message.indexOf("Preparing:");
            int parameters = message.indexOf("Parameters:");
            if (preparing >= 0) {
                pendingSql = message.substring(preparing + "Preparing:".length()).strip();
                pendingMapper = event.getLoggerName().substring(ENGINE_STATEMENTS.length() + 1);
            } else if (parameters >= 0 && pendingSql != null) {
                statements.add(new Statement(pendingMapper, pendingSql, message.substring(parameters + "Parameters:".length()).strip()));
                pendingSql = null;
            }
        }
        return statements;
    }

    /** The SQL Hibernate wrote during the action (logger org.hibernate.SQL), with its "?" placeholders. */
    public static List<String> hibernateDuring(Runnable action) {
        return logged("org.hibernate.SQL", action).stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** Runs the action with the logger (and those below it) at DEBUG and returns what they logged. */
    private static List<ILoggingEvent> logged(String loggerName, Runnable action) {
        Logger logger = (Logger) LoggerFactory.getLogger(loggerName);
        Level previous = logger.getLevel();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.DEBUG);
        try {
            action.run();
        } finally {
            logger.setLevel(previous);
            logger.detachAppender(appender);
        }
        return appender.list;
    }
}
