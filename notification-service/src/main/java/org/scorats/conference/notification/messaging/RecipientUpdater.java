package org.scorats.conference.notification.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.scorats.conference.conventions.inbox.Inbox;
import org.scorats.conference.conventions.inbox.IncomingEvent;
import org.scorats.conference.events.registration.ParticipantEvent;
import org.scorats.conference.events.registration.ParticipantSnapshot;
import org.scorats.conference.events.registration.RegistrationEvents;
import org.scorats.conference.notification.domain.Recipient;

import java.time.Instant;

/** Keeps recipients (address, language, organization) in step with registration-service, once per event. */
@ApplicationScoped
public class RecipientUpdater {

    static final String CONSUMER = "recipients";

    private final Inbox inbox;
    private final EntityManager entityManager;
    private final ObjectMapper json;

    RecipientUpdater(Inbox inbox, EntityManager entityManager, ObjectMapper json) {
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
        Recipient known = entityManager.find(Recipient.class, p.id());
        Recipient recipient = known != null ? known : new Recipient();
        recipient.participantId = p.id();
        recipient.conferenceId = p.conferenceId();
        recipient.organizationCode = p.organizationCode();
        recipient.email = p.email();
        recipient.language = p.language();
        recipient.givenName = p.givenName();
        recipient.familyName = p.familyName();
        recipient.givenNameLatin = p.givenNameLatin();
        recipient.familyNameLatin = p.familyNameLatin();
        recipient.status = p.status();
        recipient.deleted = deleted;
        recipient.version = p.version();
        recipient.updatedAt = Instant.now();
        if (known == null) {
            entityManager.persist(recipient);
        }
    }
}
