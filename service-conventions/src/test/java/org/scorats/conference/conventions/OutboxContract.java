package org.scorats.conference.conventions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

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
