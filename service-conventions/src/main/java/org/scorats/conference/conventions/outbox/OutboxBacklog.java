package org.scorats.conference.conventions.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.time.Instant;

/**
 * How many events wait in the outbox and for how long: exported as metrics, and the basis of the
 * outbox's wellness check. Read at most once a second, however often it is scraped.
 */
@ApplicationScoped
public class OutboxBacklog {

    /** @param oldestAge how long the oldest unsent event has waited; zero when none waits */
    public record Snapshot(long unsent, Duration oldestAge) {
    }

    private static final Duration FRESH_FOR = Duration.ofSeconds(1);

    private final EntityManager entityManager;
    private final OutboxConfig config;
    private volatile Snapshot last = new Snapshot(0, Duration.ZERO);
    private volatile Instant readAt = Instant.EPOCH;

    OutboxBacklog(EntityManager entityManager, OutboxConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    void registerMetrics(@Observes StartupEvent startup, MeterRegistry registry) {
        Gauge.builder("outbox.backlog", this, b -> b.snapshot().unsent())
                .description("Events written to the outbox and not yet acknowledged by Kafka")
                .register(registry);
        Gauge.builder("outbox.oldest.unsent.age", this, b -> b.snapshot().oldestAge().toMillis() / 1000.0)
                .baseUnit("seconds")
                .description("How long the oldest unsent event has waited")
                .register(registry);
    }

    public Snapshot snapshot() {
        if (Instant.now().isAfter(readAt.plus(FRESH_FOR))) {
            last = read();
            readAt = Instant.now();
        }
        return last;
    }

    public boolean isStuck() {
        return snapshot().oldestAge().compareTo(config.stuckAfter()) > 0;
    }

    @Scheduled(every = "1h", delayed = "1m")
    void deleteSentRows() {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createQuery("DELETE FROM OutboxMessage WHERE sentAt < :before")
                .setParameter("before", Instant.now().minus(config.retention()))
                .executeUpdate());
    }

    private Snapshot read() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) entityManager
                    .createQuery("SELECT count(m), min(m.occurredAt) FROM OutboxMessage m WHERE m.sentAt IS NULL")
                    .getSingleResult();
            long unsent = (Long) row[0];
            Instant oldest = (Instant) row[1];
            return new Snapshot(unsent, oldest == null ? Duration.ZERO : Duration.between(oldest, Instant.now()));
        });
    }
}
