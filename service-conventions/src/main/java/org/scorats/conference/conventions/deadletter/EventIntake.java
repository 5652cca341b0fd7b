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
import org.jboss.logging.Logger;
import org.scorats.conference.conventions.inbox.IncomingEvent;
import org.scorats.conference.conventions.inbox.UnreadableEvent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

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

    private static final Logger LOG = Logger.getLogger(EventIntake.class);
    private static final Duration FIRST_WAIT = Duration.ofMillis(100);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(10);

    private final Instance<EventHandlers> handlers;
    private final DeadLetters deadLetters;
    private final Counter retried;
    private volatile boolean stopping;

    EventIntake(Instance<EventHandlers> handlers, DeadLetters deadLetters, MeterRegistry metrics) {
        this.handlers = handlers;
        this.deadLetters = deadLetters;
        this.retried = Counter.builder("conference.events.retried")
                .description("Attempts to apply an event that failed for a reason that may pass, and were tried again")
                .register(metrics);
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
        boolean unreadableAmongThem = retrying(describe(records), () -> {
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
        retrying(describe(record), () -> {
            try {
                handlers.get().apply(channel, IncomingEvent.from(record));
            } catch (UnreadableEvent never) {
                deadLetters.record(channel, record, never.getMessage());
            }
            return true;
        });
    }

    private <T> T retrying(String what, Supplier<T> attempt) {
        Duration wait = FIRST_WAIT;
        while (true) {
            try {
                return attempt.get();
            } catch (RuntimeException failure) {
                if (stopping) {
                    // Not committed: the records are delivered again after the restart.
                    throw new IllegalStateException("Stopping before " + what + " was applied", failure);
                }
                retried.increment();
                LOG.warnf("Applying %s failed, trying again in %d ms: %s", what, wait.toMillis(), failure.toString());
                pause(wait);
                wait = wait.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait.multipliedBy(2);
            }
        }
    }

    private static String describe(List<ConsumerRecord<String, String>> records) {
        ConsumerRecord<String, String> first = records.get(0);
        return records.size() + " records from " + describe(first);
    }

    private static String describe(ConsumerRecord<String, String> record) {
        return record.topic() + "/" + record.partition() + "@" + record.offset();
    }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry", e);
        }
    }
}
