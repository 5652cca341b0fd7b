package org.scorats.conference.conventions.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.scorats.conference.conventions.inbox.Inbox;
import org.scorats.conference.conventions.inbox.IncomingEvent;
import org.scorats.conference.events.registration.ConferenceEvent;
import org.scorats.conference.events.registration.ParticipantEvent;
import org.scorats.conference.events.registration.RegistrationEvents;

import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Applies registration events to a service's projections: each event overwrites the row with the
 * snapshot it carries if that is newer than the row's, once per event id; other event types pass. Call from the service layer,
 * inside the transaction that applies the event.
 */
@ApplicationScoped
public class RegistrationProjections {

    private final Inbox inbox;
    private final EntityManager entityManager;
    private final ObjectMapper json;

    RegistrationProjections(Inbox inbox, EntityManager entityManager, ObjectMapper json) {
        this.inbox = inbox;
        this.entityManager = entityManager;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends ParticipantProjection> void participants(IncomingEvent event, String consumer,
                                                                Class<E> type, Supplier<E> newRow) {
        event.payloadIf(ParticipantEvent.class, RegistrationEvents.ALL, json).ifPresent(payload ->
                inbox.applyOnce(consumer, event, () -> upsert(type, payload.participant().id(), newRow,
                        payload.participant().version(), row -> row.version,
                        row -> row.take(payload.participant(), event.is(RegistrationEvents.PARTICIPANT_DELETED)))));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends ConferenceProjection> void conferences(IncomingEvent event, String consumer,
                                                              Class<E> type, Supplier<E> newRow) {
        event.payloadIf(ConferenceEvent.class, RegistrationEvents.ALL, json).ifPresent(payload ->
                inbox.applyOnce(consumer, event, () -> upsert(type, payload.conference().id(), newRow,
                        payload.conference().version(), row -> row.version, row -> row.take(payload.conference()))));
    }

    /**
     * Takes the snapshot unless the row holds a newer one already: events of one aggregate arrive in
     * order on its partition, but a replayed dead letter or a re-sent older record may come late.
     */
    private <E> void upsert(Class<E> type, Object id, Supplier<E> newRow, long version, ToLongFunction<E> versionOf,
                            Consumer<E> take) {
        E known = entityManager.find(type, id);
        if (known != null && versionOf.applyAsLong(known) >= version) {
            return;
        }
        E row = known != null ? known : newRow.get();
        take.accept(row);
        if (known == null) {
            entityManager.persist(row);
        }
    }
}
