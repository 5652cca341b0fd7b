package org.scorats.conference.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

/**
 * The most a service could ever do per write: one row inserted and committed per round trip, by
 * {@code connections} threads each on its own connection, on the same PostgreSQL as the services.
 */
final class JdbcInsertCeiling {

    private JdbcInsertCeiling() {
    }

    /** @return rows per second */
    static double measure(String jdbcUrl, String user, String password, int connections, Duration duration) throws Exception {
        try (Connection setup = DriverManager.getConnection(jdbcUrl, user, password); Statement ddl = setup.createStatement()) {
            ddl.execute("CREATE TABLE IF NOT EXISTS insert_ceiling (id uuid PRIMARY KEY, email text NOT NULL, "
                    + "payload jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now())");
            ddl.execute("TRUNCATE insert_ceiling");
        }
        LongAdder rows = new LongAdder();
        long deadline = System.nanoTime() + duration.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(connections);
        List<Future<?>> workers = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < connections; i++) {
            workers.add(threads.submit(() -> {
                try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                     PreparedStatement insert = connection.prepareStatement(
                             "INSERT INTO insert_ceiling (id, email, payload) VALUES (?, ?, ?::jsonb)")) {
                    connection.setAutoCommit(true); // one row, one commit
                    while (System.nanoTime() < deadline) {
                        UUID id = UUID.randomUUID();
                        insert.setObject(1, id);
                        insert.setString(2, id + "@bench.example");
                        insert.setString(3, "{\"givenName\": \"Участник\", \"language\": \"ru\"}");
                        insert.executeUpdate();
                        rows.increment();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        threads.shutdown();
        return rows.sum() / (Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);
    }
}
