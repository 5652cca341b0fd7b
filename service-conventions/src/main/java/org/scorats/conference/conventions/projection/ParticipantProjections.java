package org.scorats.conference.conventions.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.scorats.conference.conventions.inbox.Inbox;
import org.scorats.conference.conventions.inbox.IncomingEvent;
import org.scorats.conference.events.registration.ParticipantEvent;
import org.scorats.conference.events.registration.RegistrationEvents;

import java.util.function.Supplier;

/**
 * Applies registration events to a service's participant projection: each participant event
 * overwrites the row with the snapshot it carries, once per event id; other event types pass.
 */
@ApplicationScoped
public class ParticipantProjections {

    private final Inbox inbox;
    private final EntityManager entityManager;
    private final ObjectMapper json;

    ParticipantProjections(Inbox inbox, EntityManager entityManager, ObjectMapper json) {
        this.inbox = inbox;
        this.entityManager = entityManager;
        this.json = json;
    }

    /** Call from the service's {@code @Incoming} method, inside its transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends ParticipantProjection> void apply(ConsumerRecord<String, String> record, String consumer,
                                                         Class<E> type, Supplier<E> newRow) {
        IncomingEvent event = IncomingEvent.from(record);
        event.payloadIf(ParticipantEvent.class, RegistrationEvents.ALL, json).ifPresent(payload ->
                inbox.applyOnce(consumer, event, () -> {
                    E known = entityManager.find(type, payload.participant().id());
                    E row = known != null ? known : newRow.get();
                    row.take(payload.participant(), event.is(RegistrationEvents.PARTICIPANT_DELETED));
                    if (known == null) {
                        entityManager.persist(row);
                    }
                }));
    }
}
