package org.scorats.conference.conventions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.outbox.Outbox;
import org.scorats.conference.conventions.outbox.OutboxBacklog;
import org.scorats.conference.conventions.outbox.OutboxMessage;
import org.scorats.conference.events.CloudEventHeaders;
import org.scorats.conference.events.EventType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** The outbox of the service under test, against the real broker. Extend it in a {@code @QuarkusTest}. */
public abstract class OutboxContract {

    public record Probe(String text) {
    }

    static final EventType<Probe> PROBE = new EventType<>("org.scorats.conference.test.probe",
            "conference.test.v1", Probe.class, "outbox contract probe");

    @Inject
    Outbox outbox;

    @Inject
    OutboxBacklog backlog;

    @Inject
    EntityManager entityManager;

    @Test
    void aCommittedEventReachesTheBrokerExactlyOnceWithCloudEventHeaders() {
        String key = UUID.randomUUID().toString();
        UUID eventId = QuarkusTransaction.requiringNew().call(() -> outbox.publish(PROBE, key, "probes/" + key, new Probe("Привет, 你好")));
        UUID markerId = QuarkusTransaction.requiringNew().call(() -> outbox.publish(PROBE, key, "probes/" + key, new Probe("marker")));

        try (TopicReader reader = new TopicReader(PROBE.topic())) {
            List<ConsumerRecord<String, String>> records = reader.readKeyUntil(key,
                    r -> header(r, CloudEventHeaders.ID).equals(markerId.toString()), Duration.ofSeconds(30));

            assertThat(records).hasSize(2);
            ConsumerRecord<String, String> first = records.get(0);
            assertThat(header(first, CloudEventHeaders.ID)).isEqualTo(eventId.toString());
            assertThat(header(first, CloudEventHeaders.TYPE)).isEqualTo(PROBE.type());
            assertThat(header(first, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(header(first, CloudEventHeaders.SUBJECT)).isEqualTo("probes/" + key);
            assertThat(header(first, CloudEventHeaders.SOURCE)).startsWith("/");
            assertThat(header(first, CloudEventHeaders.TIME)).isNotBlank();
            assertThat(payload(first)).isEqualTo(new Probe("Привет, 你好"));
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("id = ?1 and sentAt is not null", eventId)))
                        .isEqualTo(1));
    }

    @Test
    void aRolledBackTransactionPublishesNothing() {
        String key = UUID.randomUUID().toString();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.publish(PROBE, key, "probes/" + key, new Probe("never"));
            throw new IllegalStateException("the change failed");
        })).hasMessageContaining("the change failed");
        UUID markerId = QuarkusTransaction.requiringNew().call(() -> outbox.publish(PROBE, key, "probes/" + key, new Probe("marker")));

        try (TopicReader reader = new TopicReader(PROBE.topic())) {
            List<ConsumerRecord<String, String>> records = reader.readKeyUntil(key,
                    r -> header(r, CloudEventHeaders.ID).equals(markerId.toString()), Duration.ofSeconds(30));
            assertThat(records).extracting(OutboxContract::payload).containsExactly(new Probe("marker"));
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("key", key))).isEqualTo(1);
    }

    @Test
    void theBacklogEmptiesOnceTheBrokerAcknowledged() {
        String key = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(PROBE, key, "probes/" + key, new Probe("counted")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(backlog.snapshot().unsent()).isZero();
            assertThat(backlog.isStuck()).isFalse();
        });
    }

    /**
     * An event the broker never takes (its topic name is not a legal one) ages in the outbox: the
     * outbox's wellness check goes DOWN once it is older than {@code conference.outbox.stuck-after},
     * and UP again when the backlog is cleared; readiness stays UP throughout, and the other events
     * keep flowing meanwhile.
     */
    @Test
    void aStuckBacklogIsReportedWithoutLeavingRotation() {
        UUID stuck = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        INSERT INTO outbox_message (id, topic, message_key, type, source, payload, occurred_at)
                        VALUES (:id, 'not a legal topic!', 'k', 'org.scorats.conference.test.probe', '/test', '{}',
                                now() - interval '10 minutes')""")
                .setParameter("id", stuck).executeUpdate());
        try {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/well")
                    .then().statusCode(503).body("checks.find { it.name == 'outbox' }.status", equalTo("DOWN")));
            given().get("/q/health/ready").then().statusCode(200);
            aCommittedEventReachesTheBrokerExactlyOnceWithCloudEventHeaders();
            assertThat(QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                    "SELECT m.attempts, m.lastError FROM OutboxMessage m WHERE m.id = :id", Object[].class)
                    .setParameter("id", stuck).getSingleResult()))
                    .satisfies(row -> {
                        assertThat((Integer) row[0]).isPositive();
                        assertThat((String) row[1]).isNotBlank();
                    });
        } finally {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createQuery("DELETE FROM OutboxMessage WHERE id = :id")
                    .setParameter("id", stuck).executeUpdate());
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/well")
                .then().statusCode(200).body("checks.find { it.name == 'outbox' }.status", equalTo("UP")));
    }

    private static Probe payload(ConsumerRecord<String, String> record) {
        try {
            return new ObjectMapper().readValue(record.value(), Probe.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError("Not a probe: " + record.value(), e);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
