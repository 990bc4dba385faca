package ir.samt.platform.testing.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * What the service logged at WARN or above while one request was being handled. A {@code @QuarkusTest}
 * runs the application in the test's JVM, so the log records pass through the same root logger.
 * It tells a refusal of the input boundary (nothing logged) from one PostgreSQL made (Hibernate logs
 * the SQL state): both are a 400, but only the second let the input reach the database.
 */
final class ServerLog extends Handler {

    private static final SimpleFormatter FORMAT = new SimpleFormatter();

    private final List<String> records = new ArrayList<>();

    static ServerLog install() {
        ServerLog log = new ServerLog();
        log.setLevel(Level.WARNING);
        Logger.getLogger("").addHandler(log);
        return log;
    }

    void uninstall() {
        Logger.getLogger("").removeHandler(this);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        String logger = record.getLoggerName() == null ? "" : record.getLoggerName();
        if (record.getLevel().intValue() < Level.WARNING.intValue()
                || !(logger.startsWith("org.hibernate") || logger.startsWith("ir.samt") || logger.startsWith("io.quarkus.vertx.http")
                        || logger.startsWith("org.jboss.resteasy") || logger.startsWith("io.agroal"))) {
            return;
        }
        String message;
        try {
            message = FORMAT.formatMessage(record);
        } catch (RuntimeException e) {
            message = String.valueOf(record.getMessage());
        }
        records.add(logger.substring(logger.lastIndexOf('.') + 1) + ": " + Wire.printable(message, 300));
    }

    /** The records since the last call. */
    synchronized List<String> drain() {
        List<String> out = new ArrayList<>(records);
        records.clear();
        return out;
    }

    static boolean fromDatabase(String record) {
        return record.contains("SQLState") || record.startsWith("error: ERROR:") || record.contains("PSQLException");
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
