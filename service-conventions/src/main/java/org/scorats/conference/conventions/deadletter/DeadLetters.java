package org.scorats.conference.conventions.deadletter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.scorats.conference.conventions.inbox.IncomingEvent;
import org.scorats.conference.conventions.inbox.UnreadableEvent;
import org.scorats.conference.conventions.paging.NewestFirst;
import org.scorats.conference.conventions.paging.Page;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.persistence.StoredTime;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.events.CloudEventHeaders;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The dead-letter store: events a consumer could never apply, with the reason, for organizers to
 * read and replay. A replay hands the stored record to the service's {@link EventHandlers} as if it
 * had just arrived: its effects go through the inbox, so replaying twice has the effect once.
 */
@ApplicationScoped
public class DeadLetters {

    private final EntityManager entityManager;
    private final Instance<EventHandlers> handlers;
    private final ObjectMapper json;

    DeadLetters(EntityManager entityManager, Instance<EventHandlers> handlers, ObjectMapper json) {
        this.entityManager = entityManager;
        this.handlers = handlers;
        this.json = json;
    }

    /** Keeps the record, once however often it is delivered; its own transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void record(String channel, ConsumerRecord<String, String> record, String reason) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        Instant now = StoredTime.now();
        entityManager.createNativeQuery("""
                        INSERT INTO dead_letter (id, channel, topic, kafka_partition, kafka_offset, record_key, headers, payload,
                            event_id, event_type, reason, status, failed_at, created_at)
                        VALUES (:id, :channel, :topic, :partition, :offset, :key, CAST(:headers AS jsonb), :payload,
                            :eventId, :eventType, :reason, 'waiting', :now, :now)
                        ON CONFLICT DO NOTHING""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("channel", channel)
                .setParameter("topic", record.topic())
                .setParameter("partition", record.partition())
                .setParameter("offset", record.offset())
                .setParameter("key", record.key())
                .setParameter("headers", asJson(headers))
                .setParameter("payload", record.value())
                .setParameter("eventId", headers.get(CloudEventHeaders.ID))
                .setParameter("eventType", headers.get(CloudEventHeaders.TYPE))
                .setParameter("reason", reason)
                .setParameter("now", now)
                .executeUpdate();
    }

    /** @param status waiting or replayed; null for all */
    @Transactional
    public Page<DeadLetter> page(String status, PageRequest request) {
        return NewestFirst.page(entityManager, DeadLetter.class, status == null ? null : "status = :status",
                status == null ? Map.of() : Map.of("status", status), request, d -> d.createdAt);
    }

    @Transactional
    public DeadLetter get(UUID id) {
        return find(id);
    }

    private DeadLetter find(UUID id) {
        DeadLetter letter = entityManager.find(DeadLetter.class, id);
        if (letter == null) {
            throw ProblemException.notFound("Dead letter", id);
        }
        return letter;
    }

    /**
     * Applies the stored event now. If it still cannot be applied, it stays waiting with the new
     * reason in {@code replayError}; a failure that may pass is the caller's to retry.
     */
    public DeadLetter replay(UUID id) {
        DeadLetter letter = QuarkusTransaction.requiringNew().call(() -> find(id));
        if (DeadLetter.REPLAYED.equals(letter.status)) {
            throw ProblemException.conflict("dead-letter-replayed", "This event was replayed and applied already");
        }
        String error = null;
        try {
            handlers.get().apply(letter.channel, IncomingEvent.from(toRecord(letter)));
        } catch (UnreadableEvent still) {
            error = still.getMessage();
        }
        String reason = error;
        return QuarkusTransaction.requiringNew().call(() -> settle(id, reason));
    }

    /** Replays every waiting letter, oldest first; returns what became of each. */
    public List<DeadLetter> replayWaiting() {
        @SuppressWarnings("unchecked")
        List<UUID> waiting = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT id FROM dead_letter WHERE status = 'waiting' ORDER BY created_at, id", UUID.class).getResultList());
        return waiting.stream().map(this::replay).toList();
    }

    private DeadLetter settle(UUID id, String error) {
        DeadLetter letter = entityManager.find(DeadLetter.class, id);
        if (error == null) {
            letter.status = DeadLetter.REPLAYED;
            letter.replayedAt = StoredTime.now();
            letter.replayError = null;
        } else {
            letter.replayError = error;
        }
        return letter;
    }

    private static ConsumerRecord<String, String> toRecord(DeadLetter letter) {
        RecordHeaders headers = new RecordHeaders();
        letter.headers.forEach((name, value) -> headers.add(name, value == null ? null : value.getBytes(StandardCharsets.UTF_8)));
        ConsumerRecord<String, String> record = new ConsumerRecord<>(letter.topic, letter.partition, letter.offset,
                letter.key, letter.payload);
        headers.forEach(record.headers()::add);
        return record;
    }

    private String asJson(Map<String, String> headers) {
        try {
            return json.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Headers cannot be written as JSON", e);
        }
    }
}
