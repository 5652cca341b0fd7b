package org.scorats.conference.agenda.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.scorats.conference.agenda.domain.DirectoryEntry;
import org.scorats.conference.conventions.inbox.Inbox;
import org.scorats.conference.conventions.inbox.IncomingEvent;
import org.scorats.conference.events.registration.ParticipantEvent;
import org.scorats.conference.events.registration.ParticipantSnapshot;
import org.scorats.conference.events.registration.RegistrationEvents;

import java.time.Instant;

/**
 * Keeps the participant directory in step with registration-service: each participant event
 * overwrites the entry with the snapshot it carries, once per event id.
 */
@ApplicationScoped
public class ParticipantDirectoryUpdater {

    static final String CONSUMER = "participant-directory";

    private final Inbox inbox;
    private final EntityManager entityManager;
    private final ObjectMapper json;

    ParticipantDirectoryUpdater(Inbox inbox, EntityManager entityManager, ObjectMapper json) {
        this.inbox = inbox;
        this.entityManager = entityManager;
        this.json = json;
    }

    @Incoming("registration-events")
    @Blocking
    @Transactional
    public void onRegistrationEvent(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        event.payloadIf(ParticipantEvent.class, RegistrationEvents.ALL, json).ifPresent(payload ->
                inbox.applyOnce(CONSUMER, event, () ->
                        apply(payload.participant(), event.is(RegistrationEvents.PARTICIPANT_DELETED))));
    }

    private void apply(ParticipantSnapshot p, boolean deleted) {
        DirectoryEntry known = entityManager.find(DirectoryEntry.class, p.id());
        DirectoryEntry entry = known != null ? known : new DirectoryEntry();
        entry.participantId = p.id();
        entry.conferenceId = p.conferenceId();
        entry.organizationCode = p.organizationCode();
        entry.givenName = p.givenName();
        entry.familyName = p.familyName();
        entry.givenNameLatin = p.givenNameLatin();
        entry.familyNameLatin = p.familyNameLatin();
        entry.language = p.language();
        entry.role = p.role();
        entry.status = p.status();
        entry.listedPublicly = p.listedPublicly();
        entry.deleted = deleted;
        entry.version = p.version();
        entry.updatedAt = Instant.now();
        if (known == null) {
            entityManager.persist(entry);
        }
    }
}
