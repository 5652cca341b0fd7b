package org.scorats.conference.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Where a database's busy connections spend their time: samples {@code pg_stat_activity} every
 * 20 ms (what each active backend of that database is doing or waiting for: running, a row lock
 * held by another transaction, the WAL flush of a commit, the client...).
 */
final class WaitSampler implements AutoCloseable {

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    WaitSampler(String jdbcUrl, String user, String password, String database) {
        thread = new Thread(() -> {
            try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                 Statement query = connection.createStatement()) {
                while (running.get()) {
                    try (ResultSet rows = query.executeQuery("""
                            SELECT CASE WHEN state = 'idle in transaction' THEN 'Client: in a transaction, waiting for the service'
                                        WHEN wait_event IS NULL THEN 'CPU: running a statement'
                                        ELSE wait_event_type || ': ' || wait_event END
                            FROM pg_stat_activity WHERE datname = '%s' AND state <> 'idle' AND pid <> pg_backend_pid()"""
                            .formatted(database))) {
                        while (rows.next()) {
                            counts.computeIfAbsent(rows.getString(1), k -> new AtomicInteger()).incrementAndGet();
                        }
                    }
                    Thread.sleep(20);
                }
            } catch (SQLException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, "wait-sampler");
        thread.start();
    }

    /** Shares of the samples, largest first, as markdown list lines. */
    String shares() {
        int total = Math.max(1, counts.values().stream().mapToInt(AtomicInteger::get).sum());
        return counts.entrySet().stream().sorted((a, b) -> b.getValue().get() - a.getValue().get()).limit(6)
                .map(e -> "%.0f %% %s".formatted(100.0 * e.getValue().get() / total, e.getKey()))
                .collect(Collectors.joining("; "));
    }

    /** The share of the samples (0 to 1) spent waiting for a lock another transaction holds (row, tuple, transaction id). */
    double lockShare() {
        int total = Math.max(1, counts.values().stream().mapToInt(AtomicInteger::get).sum());
        return counts.entrySet().stream().filter(e -> e.getKey().startsWith("Lock:"))
                .mapToInt(e -> e.getValue().get()).sum() / (double) total;
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        thread.join();
    }
}
