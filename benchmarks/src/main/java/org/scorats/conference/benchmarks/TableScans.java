package org.scorats.conference.benchmarks;

import org.scorats.conference.devinfra.PostgresServer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Rows the services' databases read by sequential scans, from PostgreSQL's own statistics: a query
 * that scans a growing table once per item makes the database's CPU grow with the data, which
 * neither the services' profiles nor the latencies name. A snapshot before a load and one after.
 */
record TableScans(Map<String, Long> rowsRead) {

    private static final List<String> DATABASES = List.of("registration", "agenda", "notification");

    static TableScans snapshot(PostgresServer postgres) throws SQLException {
        Map<String, Long> rows = new HashMap<>();
        for (String database : DATABASES) {
            try (Connection db = DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
                 Statement sql = db.createStatement();
                 ResultSet tables = sql.executeQuery("SELECT relname, seq_tup_read FROM pg_stat_user_tables")) {
                while (tables.next()) {
                    rows.put(database + "." + tables.getString(1), tables.getLong(2));
                }
            }
        }
        return new TableScans(rows);
    }

    /** The tables whose scans read most rows since {@code before}, largest first. */
    String since(TableScans before, int top) {
        String tables = rowsRead.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.rowsRead().getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .map(e -> "%s %,d".formatted(e.getKey(), e.getValue()))
                .collect(Collectors.joining("; "));
        return tables.isEmpty() ? "none" : tables;
    }
}
