package org.scorats.conference.agenda.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.scorats.conference.agenda.domain.ConferenceCalendar;
import org.scorats.conference.agenda.domain.DirectoryEntry;
import org.scorats.conference.conventions.inbox.Inbox;
import org.scorats.conference.conventions.inbox.IncomingEvent;
import org.scorats.conference.conventions.projection.ParticipantProjections;
import org.scorats.conference.events.registration.ConferenceEvent;
import org.scorats.conference.events.registration.ConferenceSnapshot;
import org.scorats.conference.events.registration.RegistrationEvents;

import java.time.Instant;

/**
 * What agenda-service keeps from registration-service: the participant directory (speakers' names,
 * organization, language, account) and each conference's days, zone and languages.
 */
@ApplicationScoped
public class RegistrationEventsConsumer {

    private final ParticipantProjections participants;
    private final Inbox inbox;
    private final EntityManager entityManager;
    private final ObjectMapper json;

    RegistrationEventsConsumer(ParticipantProjections participants, Inbox inbox, EntityManager entityManager,
                               ObjectMapper json) {
        this.participants = participants;
        this.inbox = inbox;
        this.entityManager = entityManager;
        this.json = json;
    }

    @Incoming("registration-events")
    @Blocking
    @Transactional
    public void onRegistrationEvent(ConsumerRecord<String, String> record) {
        participants.apply(record, "participant-directory", DirectoryEntry.class, DirectoryEntry::new);
        IncomingEvent event = IncomingEvent.from(record);
        event.payloadIf(ConferenceEvent.class, RegistrationEvents.ALL, json).ifPresent(payload ->
                inbox.applyOnce("conference-calendar", event, () -> apply(payload.conference())));
    }

    private void apply(ConferenceSnapshot c) {
        ConferenceCalendar known = entityManager.find(ConferenceCalendar.class, c.id());
        ConferenceCalendar calendar = known != null ? known : new ConferenceCalendar();
        calendar.conferenceId = c.id();
        calendar.name = c.name();
        calendar.startDate = c.startDate();
        calendar.endDate = c.endDate();
        calendar.timeZone = c.timeZone();
        calendar.languages = c.languages();
        calendar.venue = c.venue();
        calendar.version = c.version();
        calendar.updatedAt = Instant.now();
        if (known == null) {
            entityManager.persist(calendar);
        }
    }
}
