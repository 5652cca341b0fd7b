package org.scorats.conference.conventions.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.scorats.conference.events.EventType;

import java.time.Instant;
import java.util.UUID;

/**
 * Where services publish events: in the caller's transaction, so the event exists if and only if
 * the change it describes was committed. {@link OutboxRelay} takes it to Kafka afterwards.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;
    private final OutboxRelay relay;
    private final String source;

    Outbox(ObjectMapper json, OutboxRelay relay, OutboxConfig config) {
        this.json = json;
        this.relay = relay;
        this.source = config.source();
    }

    /**
     * @param key     the aggregate id: events with the same key are delivered in order
     * @param subject the aggregate as a path, e.g. {@code participants/<id>}
     * @return the event id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <P> UUID publish(EventType<P> type, String key, String subject, P payload) {
        OutboxMessage message = new OutboxMessage();
        message.id = UUID.randomUUID();
        message.topic = type.topic();
        message.key = key;
        message.type = type.type();
        message.source = source;
        message.subject = subject;
        message.payload = toJson(payload);
        message.occurredAt = Instant.now();
        message.persist();
        relay.wakeAfterCommit();
        return message.id;
    }

    /**
     * Replaces the payload of an event published earlier in the current transaction (so no one has
     * seen it), when what it describes changed again before the commit: a registration found no
     * seat at its last step, say.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <P> void amend(UUID eventId, EventType<P> type, P payload) {
        OutboxMessage message = OutboxMessage.find("id = ?1 AND type = ?2 AND sentAt IS NULL", eventId, type.type())
                .<OutboxMessage>firstResultOptional()
                .orElseThrow(() -> new IllegalStateException("No unsent " + type.type() + " event " + eventId + " to amend"));
        message.payload = toJson(payload);
    }

    private String toJson(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event payload cannot be written as JSON: " + payload.getClass(), e);
        }
    }
}
