package org.scorats.conference.conventions.deadletter;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.scorats.conference.conventions.inbox.IncomingEvent;
import org.scorats.conference.conventions.inbox.UnreadableEvent;

import java.time.Duration;

/**
 * How every consumer takes a record from Kafka: applies it through the service's
 * {@link EventHandlers}; an event that can never be applied goes to the dead-letter store; any
 * other failure (the database away, a lock timeout) is retried, waiting 0.1, 0.2, 0.4... up to 10
 * seconds between tries, for as long as it takes. Consumption of that partition pauses meanwhile
 * rather than dropping anything, and the record's offset is committed only once it was applied or
 * dead-lettered. Retries are counted in {@code conference_events_retried_total}.
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

    /** Returns once the record was applied, or dead-lettered; throws only when the application stops. */
    public void consume(String channel, ConsumerRecord<String, String> record) {
        Duration wait = FIRST_WAIT;
        while (true) {
            try {
                apply(channel, record);
                return;
            } catch (RuntimeException failure) {
                if (stopping) {
                    // Not committed: the record is delivered again after the restart.
                    throw new IllegalStateException("Stopping before " + describe(record) + " was applied", failure);
                }
                retried.increment();
                LOG.warnf("Applying %s failed, trying again in %d ms: %s", describe(record), wait.toMillis(), failure.toString());
                pause(wait);
                wait = wait.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait.multipliedBy(2);
            }
        }
    }

    private void apply(String channel, ConsumerRecord<String, String> record) {
        try {
            handlers.get().apply(channel, IncomingEvent.from(record));
        } catch (UnreadableEvent never) {
            deadLetters.record(channel, record, never.getMessage());
        }
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
