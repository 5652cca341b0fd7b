package org.scorats.conference.registration;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.MigrationContract;
import org.scorats.conference.devinfra.PostgresServer;
import org.scorats.conference.devinfra.testing.SharedServers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class MigrationsTest extends MigrationContract {

    /** Conferences stored before the stripes keep their seats: the free ones spread, a debt on stripe 0. */
    @Test
    void theSeatCountersOfStoredConferencesBecomeStripesOfTheirFreeSeats() throws Exception {
        PostgresServer server = SharedServers.postgres();
        String database = "stripes_" + Long.toHexString(System.nanoTime());
        server.createDatabase(database);
        try {
            var configuration = migrationsOf(server, database);
            configuration.target("7").load().migrate();
            try (Connection db = DriverManager.getConnection(server.jdbcUrl(database), server.username(), server.password());
                 Statement sql = db.createStatement()) {
                for (String[] conference : List.of(new String[]{"open", "20", "7"}, new String[]{"over", "2", "5"})) {
                    sql.executeUpdate("""
                            INSERT INTO conference (id, name, start_date, end_date, time_zone, venue, languages, capacity,
                                arrival_deadline, late_arrival_policy, registration_opens_at, registration_closes_at, contacts,
                                version, created_at, updated_at, seats_taken)
                            VALUES ('%s', '{}', '2024-09-04', '2024-09-05', 'Asia/Tashkent', '{}', '[]', %s, now(), 'flag',
                                now(), now() + interval '1 day', '{}', 0, now(), now(), %s)""".formatted((Object[]) conference));
                }

                configuration.target("latest").load().migrate();

                assertThat(stripes(sql, "open")).containsExactly(2, 2, 2, 2, 2, 1, 1, 1);
                assertThat(stripes(sql, "over")).containsExactly(-3, 0, 0, 0, 0, 0, 0, 0);
            }
        } finally {
            server.dropDatabase(database);
        }
    }

    private static List<Integer> stripes(Statement sql, String conference) throws Exception {
        List<Integer> free = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("SELECT free FROM conference_seat_stripe WHERE conference_id = '"
                + conference + "' ORDER BY stripe")) {
            while (rows.next()) {
                free.add(rows.getInt(1));
            }
        }
        return free;
    }
}
