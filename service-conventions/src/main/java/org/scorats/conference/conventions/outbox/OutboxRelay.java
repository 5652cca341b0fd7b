package org.scorats.conference.conventions.outbox;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.scorats.conference.conventions.persistence.StoredTime;
import org.scorats.conference.conventions.work.DueWork;
import org.scorats.conference.conventions.work.DueWorker;
import org.scorats.conference.conventions.work.DueWorkers;
import org.scorats.conference.events.CloudEventHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Takes outbox rows to Kafka, oldest first, and marks a row sent only after the broker
 * acknowledged it.
 *
 * <p>Several instances of a service share one outbox. Per-key order forbids them from splitting
 * the rows between them (SKIP LOCKED would let instance B publish a participant's second event
 * while instance A still holds the first), so a transaction-scoped advisory lock lets one relay
 * work at a time; the others find the lock taken and wait for their next turn. If an instance dies
 * mid-batch its transaction rolls back and the rows are published again by the next holder: at
 * least once, and consumers deduplicate by event id.
 */
@ApplicationScoped
public class OutboxRelay implements DueWork<OutboxMessage> {

    /** Any constant will do: the lock is per database, and each service has its own. */
    private static final long RELAY_LOCK = 0x6f7574626f78L; // "outbox"

    private final EntityManager entityManager;
    private final OutboxConfig config;
    private final Map<String, Object> kafkaConfig;
    private final DueWorkers workers;
    private volatile DueWorker<OutboxMessage> worker;
    private volatile Producer<String, String> producer;

    OutboxRelay(EntityManager entityManager, OutboxConfig config,
                @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, DueWorkers workers) {
        this.entityManager = entityManager;
        this.config = config;
        this.kafkaConfig = kafkaConfig;
        this.workers = workers;
    }

    void start(@Observes StartupEvent startup) {
        if (config.relayEnabled()) {
            // The transaction outlives the batch's sends (bounded by send-timeout), so a batch never outlives its lock.
            worker = workers.start(new DueWorker.Settings("outbox-relay", config.pollInterval(), config.batchSize(),
                    config.sendTimeout().multipliedBy(3)), this);
        }
    }

    /** Events were written in the current transaction: relay them once it commits. */
    void wakeAfterCommit() {
        if (worker != null) {
            worker.wakeAfterCommit();
        }
    }

    @PreDestroy
    void closeProducer() {
        if (producer != null) {
            producer.close(config.sendTimeout());
        }
    }

    @Override
    public List<OutboxMessage> claim(int limit) {
        boolean locked = (Boolean) entityManager
                .createNativeQuery("SELECT pg_try_advisory_xact_lock(:lock)")
                .setParameter("lock", RELAY_LOCK)
                .getSingleResult();
        if (!locked) {
            return List.of(); // another instance relays now
        }
        return entityManager
                .createQuery("FROM OutboxMessage WHERE sentAt IS NULL ORDER BY position", OutboxMessage.class)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Publishes the batch in order and marks rows sent up to the first failure that may pass (the
     * broker away, a leader moving): the rows after it stay unsent, however they fared, and go again
     * after it, so no event is marked sent ahead of an earlier one of its key. A row the producer
     * refuses for good (an illegal topic, say) fails alone and waits for an operator; the backlog
     * metric and the outbox's wellness check show it. Everything happens within {@code send-timeout} of the batch's
     * start: a batch never outlives its transaction, and so never its lock.
     */
    @Override
    public void work(List<OutboxMessage> batch) {
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        Producer<String, String> kafka = producer();
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (OutboxMessage message : batch) {
            Future<RecordMetadata> ack = send(kafka, message);
            acks.add(ack);
            if (System.nanoTime() > deadline || (ack.isDone() && passing(failure(ack, deadline)))) {
                break; // the broker is away: the rest waits for the next batch
            }
        }
        Instant sentAt = StoredTime.now();
        for (int i = 0; i < acks.size(); i++) {
            OutboxMessage message = batch.get(i);
            message.attempts++;
            Throwable failure = failure(acks.get(i), deadline);
            if (failure == null) {
                message.sentAt = sentAt;
                message.lastError = null;
            } else {
                message.lastError = failure.toString();
                if (passing(failure)) {
                    return;
                }
            }
        }
    }

    /** The send's failure once acknowledged or refused, waiting until the deadline at most; null if it succeeded. */
    private static Throwable failure(Future<RecordMetadata> ack, long deadline) {
        try {
            ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            return e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the broker", e);
        }
    }

    /** A failure that the same send may not meet later: the broker unreachable, slow, or moving a leader. */
    private static boolean passing(Throwable failure) {
        return failure instanceof RetriableException || failure instanceof TimeoutException;
    }

    /** A send the producer refuses at once (no metadata in time, a bad topic name) is a failed acknowledgement. */
    private static Future<RecordMetadata> send(Producer<String, String> kafka, OutboxMessage message) {
        try {
            return kafka.send(toRecord(message));
        } catch (KafkaException refused) {
            return CompletableFuture.failedFuture(refused);
        }
    }

    private static ProducerRecord<String, String> toRecord(OutboxMessage message) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(headers, CloudEventHeaders.ID, message.id.toString());
        header(headers, CloudEventHeaders.TYPE, message.type);
        header(headers, CloudEventHeaders.SOURCE, message.source);
        header(headers, CloudEventHeaders.TIME, message.occurredAt.toString());
        if (message.subject != null) {
            header(headers, CloudEventHeaders.SUBJECT, message.subject);
        }
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return new ProducerRecord<>(message.topic, null, message.occurredAt.toEpochMilli(), message.key,
                message.payload, headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private Producer<String, String> producer() {
        if (producer == null) {
            Map<String, Object> settings = new HashMap<>(kafkaConfig);
            settings.put(ProducerConfig.ACKS_CONFIG, "all");
            // Idempotence keeps retried sends from duplicating or reordering records of a partition.
            settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            settings.put(ProducerConfig.LINGER_MS_CONFIG, 5);
            // Bounded waits: a missing broker must fail the batch, not hang the relay.
            int timeout = (int) config.sendTimeout().toMillis();
            settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
            settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout / 2);
            settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout);
            settings.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay" + config.source().replace('/', '-'));
            producer = new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }
}
