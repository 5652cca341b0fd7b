package org.scorats.conference.agenda.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.scorats.conference.agenda.domain.ConferenceCalendar;
import org.scorats.conference.agenda.domain.DirectoryEntry;
import org.scorats.conference.conventions.projection.RegistrationProjections;

/**
 * What agenda-service keeps from registration-service: the participant directory (speakers' names,
 * organization, language, account) and each conference's days, zone and languages.
 */
@ApplicationScoped
public class RegistrationEventsConsumer {

    private final RegistrationProjections projections;

    RegistrationEventsConsumer(RegistrationProjections projections) {
        this.projections = projections;
    }

    @Incoming("registration-events")
    @Blocking
    @Transactional
    public void onRegistrationEvent(ConsumerRecord<String, String> record) {
        projections.participants(record, "participant-directory", DirectoryEntry.class, DirectoryEntry::new);
        projections.conferences(record, "conference-calendar", ConferenceCalendar.class, ConferenceCalendar::new);
    }
}
