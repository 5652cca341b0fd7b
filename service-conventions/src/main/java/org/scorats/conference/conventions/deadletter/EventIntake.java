package org.scorats.conference.conventions.deadletter;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.scorats.conference.conventions.inbox.IncomingEvent;
import org.scorats.conference.conventions.inbox.UnreadableEvent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How every consumer takes records from Kafka: applies them through the service's
 * {@link EventHandlers}; an event that can never be applied goes to the dead-letter store; any
 * other failure (the database away, a lock timeout) is retried, waiting 0.1, 0.2, 0.4... up to 10
 * seconds between tries, for as long as it takes. Consumption of that partition pauses meanwhile
 * rather than dropping anything, and the records' offsets are committed only once they were
 * applied or dead-lettered. Retries are counted in {@code conference_events_retried_total}.
 *
 * <p>Consumers take what one poll brought ({@link #consume(String, List)}) and apply it in one
 * transaction: under load a commit carries tens of events instead of one, and when the stream is
 * quiet a poll brings one record and nothing waits for company.
 */
@ApplicationScoped
public class EventIntake {

    private final Instance<EventHandlers> handlers;
    private final DeadLetters deadLetters;
    private final TransientRetry retry;
    private volatile boolean stopping;

    EventIntake(Instance<EventHandlers> handlers, DeadLetters deadLetters, MeterRegistry metrics) {
        this.handlers = handlers;
        this.deadLetters = deadLetters;
        Counter retried = Counter.builder("conference.events.retried")
                .description("Attempts to apply an event that failed for a reason that may pass, and were tried again")
                .register(metrics);
        // Not committed when stopping: the records are delivered again after the restart.
        this.retry = new TransientRetry(Duration.ofMillis(100), Duration.ofSeconds(10), retried::increment, () -> stopping);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    /**
     * Applies the records of one poll in their order (a partition's records, so a key's events,
     * arrive in order) in one transaction. If one of them can never be applied, the transaction is
     * rolled back and the records are applied one by one instead, so only that one is dead-lettered.
     * Returns once all were applied or dead-lettered; throws only when the application stops.
     */
    public void consume(String channel, List<ConsumerRecord<String, String>> records) {
        if (records.size() == 1) {
            consume(channel, records.get(0));
            return;
        }
        boolean unreadableAmongThem = retry.untilDone("Applying " + describe(records), () -> {
            try {
                QuarkusTransaction.requiringNew().run(() -> records.forEach(record ->
                        handlers.get().apply(channel, IncomingEvent.from(record))));
                return false;
            } catch (UnreadableEvent one) {
                return true;
            }
        });
        if (unreadableAmongThem) {
            records.forEach(record -> consume(channel, record));
        }
    }

    /** What one poll brought, partition by partition, each in offset order. */
    public static List<ConsumerRecord<String, String>> inOrder(ConsumerRecords<String, String> poll) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>(poll.count());
        poll.forEach(records::add);
        return records;
    }

    /** Applies one record, or dead-letters it; returns once done, throws only when the application stops. */
    public void consume(String channel, ConsumerRecord<String, String> record) {
        retry.untilDone("Applying " + describe(record), () -> {
            try {
                handlers.get().apply(channel, IncomingEvent.from(record));
            } catch (UnreadableEvent never) {
                deadLetters.record(channel, record, never.getMessage());
            }
            return true;
        });
    }

    private static String describe(List<ConsumerRecord<String, String>> records) {
        ConsumerRecord<String, String> first = records.get(0);
        return records.size() + " records from " + describe(first);
    }

    private static String describe(ConsumerRecord<String, String> record) {
        return record.topic() + "/" + record.partition() + "@" + record.offset();
    }
}
