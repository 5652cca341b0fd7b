package org.scorats.conference.registration;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.outbox.Outbox;
import org.scorats.conference.devinfra.testing.KafkaSwitch;
import org.scorats.conference.devinfra.testing.SharedServers;
import org.scorats.conference.events.EventType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox relay through a broker outage (the shared relay of service-conventions, here in
 * registration-service): the broker stops while events are being relayed, more are written while
 * it is down, and once it is back every row is marked sent, each key's rows in the order they were
 * written (a failure stops the batch, so no later row of a key is marked sent before an earlier one).
 */
@QuarkusTest
class OutboxBrokerOutageTest {

    record Step(int number) {
    }

    private static final EventType<Step> STEP = new EventType<>("org.scorats.conference.test.step", "conference.test.v1",
            Step.class, "outage test step");
    private static final int KEYS = 4;
    private static final int STEPS = 10;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Test
    void eventsWrittenAroundABrokerOutageArriveInOrderPerKeyOnceTheBrokerIsBack() {
        List<String> keys = IntStream.range(0, KEYS).mapToObj(i -> "outage-" + UUID.randomUUID()).toList();
        List<UUID> written = new ArrayList<>();
        KafkaSwitch broker = SharedServers.kafka();
        try {
            for (int step = 1; step <= STEPS; step++) {
                for (String key : keys) {
                    int number = step;
                    written.add(QuarkusTransaction.requiringNew().call(() -> outbox.publish(STEP, key, "steps/" + key, new Step(number))));
                }
                if (step == STEPS / 2) {
                    broker.pause(); // while the first half is being relayed
                }
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> unsentWithError(written) > 0);
        } finally {
            broker.resume();
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> sent(written) == written.size());

        // Per key, no event was marked sent in an earlier batch than one written before it.
        for (String key : keys) {
            List<Instant> sentAt = sentTimes(key);
            assertThat(sentAt).as("key %s: marked sent in the order written", key).isSorted().hasSize(STEPS);
        }
    }

    private List<Instant> sentTimes(String key) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "SELECT m.sentAt FROM OutboxMessage m WHERE m.key = :key ORDER BY m.position", Instant.class)
                .setParameter("key", key).getResultList());
    }

    private long unsentWithError(List<UUID> ids) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "SELECT count(m) FROM OutboxMessage m WHERE m.id IN :ids AND m.sentAt IS NULL AND m.lastError IS NOT NULL", Long.class)
                .setParameter("ids", ids).getSingleResult());
    }

    private long sent(List<UUID> ids) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "SELECT count(m) FROM OutboxMessage m WHERE m.id IN :ids AND m.sentAt IS NOT NULL", Long.class)
                .setParameter("ids", ids).getSingleResult());
    }
}
