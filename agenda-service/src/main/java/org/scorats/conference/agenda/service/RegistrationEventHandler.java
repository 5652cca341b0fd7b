package org.scorats.conference.agenda.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.scorats.conference.agenda.domain.ConferenceCalendar;
import org.scorats.conference.agenda.domain.DirectoryEntry;
import org.scorats.conference.conventions.deadletter.EventHandlers;
import org.scorats.conference.conventions.inbox.IncomingEvent;
import org.scorats.conference.conventions.projection.RegistrationProjections;

/**
 * What agenda-service keeps from registration-service: the participant directory (speakers' names,
 * organization, language, account) and each conference's days, zone and languages.
 */
@ApplicationScoped
public class RegistrationEventHandler implements EventHandlers {

    private final RegistrationProjections projections;

    RegistrationEventHandler(RegistrationProjections projections) {
        this.projections = projections;
    }

    @Override
    @Transactional
    public void apply(String channel, IncomingEvent event) {
        projections.participants(event, "participant-directory", DirectoryEntry.class, DirectoryEntry::new);
        projections.conferences(event, "conference-calendar", ConferenceCalendar.class, ConferenceCalendar::new);
    }
}
