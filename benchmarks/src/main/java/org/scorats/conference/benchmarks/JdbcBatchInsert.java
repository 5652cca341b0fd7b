package org.scorats.conference.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * What a partner's push could cost at best: for each item the rows registration-service writes (the
 * participant, its first status, its outbox event), inserted with plain JDBC batches, one
 * transaction per batch, into tables of the same shape on the same PostgreSQL.
 */
final class JdbcBatchInsert {

    private JdbcBatchInsert() {
    }

    /** @return items per second over {@code batches} batches of {@code size} */
    static double measure(String jdbcUrl, String user, String password, int batches, int size) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("DROP TABLE IF EXISTS batch_outbox, batch_status_change, batch_participant");
                ddl.execute("""
                        CREATE TABLE batch_participant (id uuid PRIMARY KEY, conference_id text NOT NULL, delegation_id uuid NOT NULL,
                            organization_code text NOT NULL, external_id text, given_name text NOT NULL, family_name text NOT NULL,
                            given_name_latin text NOT NULL, family_name_latin text NOT NULL, email text NOT NULL, language text NOT NULL,
                            role text NOT NULL, attendance text NOT NULL, status text NOT NULL, privacy_consent boolean NOT NULL,
                            created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, version bigint NOT NULL)""");
                ddl.execute("CREATE UNIQUE INDEX batch_participant_email ON batch_participant (conference_id, lower(email))");
                ddl.execute("CREATE UNIQUE INDEX batch_participant_external ON batch_participant (conference_id, organization_code, external_id)");
                ddl.execute("""
                        CREATE TABLE batch_status_change (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                            participant_id uuid NOT NULL REFERENCES batch_participant, to_status text NOT NULL,
                            actor_subject text, actor_role text, changed_at timestamptz NOT NULL)""");
                ddl.execute("""
                        CREATE TABLE batch_outbox (position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, id uuid NOT NULL UNIQUE,
                            topic text NOT NULL, message_key text NOT NULL, type text NOT NULL, source text NOT NULL, subject text,
                            payload jsonb NOT NULL, occurred_at timestamptz NOT NULL, sent_at timestamptz, attempts int NOT NULL DEFAULT 0)""");
            }
            connection.setAutoCommit(false);
            UUID delegation = UUID.randomUUID();
            long started = System.nanoTime();
            try (PreparedStatement participant = connection.prepareStatement("""
                    INSERT INTO batch_participant VALUES (?, 'bench', ?, 'CIS-ATC', ?, 'Делегат', 'Синхронный', 'Delegat',
                        'Sinkhronny', ?, 'ru', 'delegate', 'in-person', 'submitted', true, ?, ?, 0)""");
                 PreparedStatement status = connection.prepareStatement("""
                         INSERT INTO batch_status_change (participant_id, to_status, actor_subject, actor_role, changed_at)
                         VALUES (?, 'submitted', 'service-account-cis-atc-sync', 'partner', ?)""");
                 PreparedStatement outbox = connection.prepareStatement("""
                         INSERT INTO batch_outbox (id, topic, message_key, type, source, subject, payload, occurred_at)
                         VALUES (?, 'conference.registration.v1', ?, 'org.scorats.conference.registration.participant.registered',
                             '/registration-service', ?, ?::jsonb, ?)""")) {
                for (int b = 0; b < batches; b++) {
                    for (int i = 0; i < size; i++) {
                        UUID id = UUID.randomUUID();
                        Timestamp now = Timestamp.from(Instant.now());
                        int n = b * size + i;
                        participant.setObject(1, id);
                        participant.setObject(2, delegation);
                        participant.setString(3, "SYNC-" + n);
                        participant.setString(4, "sync-" + n + "@cisatc.example");
                        participant.setTimestamp(5, now);
                        participant.setTimestamp(6, now);
                        participant.addBatch();
                        status.setObject(1, id);
                        status.setTimestamp(2, now);
                        status.addBatch();
                        outbox.setObject(1, UUID.randomUUID());
                        outbox.setString(2, id.toString());
                        outbox.setString(3, "participants/" + id);
                        outbox.setString(4, "{\"participant\": {\"id\": \"" + id + "\", \"givenName\": \"Делегат\", "
                                + "\"familyName\": \"Синхронный\", \"email\": \"sync-" + n + "@cisatc.example\", \"status\": \"submitted\"}}");
                        outbox.setTimestamp(5, now);
                        outbox.addBatch();
                    }
                    participant.executeBatch();
                    status.executeBatch();
                    outbox.executeBatch();
                    connection.commit();
                }
            }
            return batches * size / ((System.nanoTime() - started) / 1e9);
        }
    }
}
