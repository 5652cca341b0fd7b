package org.scorats.conference.notification.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.scorats.conference.conventions.deadletter.EventHandlers;
import org.scorats.conference.conventions.inbox.Inbox;
import org.scorats.conference.conventions.inbox.IncomingEvent;
import org.scorats.conference.conventions.projection.RegistrationProjections;
import org.scorats.conference.events.agenda.AgendaEvents;
import org.scorats.conference.events.agenda.ProgramPublished;
import org.scorats.conference.events.notification.AnnouncementSent;
import org.scorats.conference.events.notification.NotificationEvents;
import org.scorats.conference.events.registration.ArrivalChange;
import org.scorats.conference.events.registration.CertificateRevoked;
import org.scorats.conference.events.registration.ConferenceEvent;
import org.scorats.conference.events.registration.ConferenceRescheduled;
import org.scorats.conference.events.registration.DelegationEvent;
import org.scorats.conference.events.registration.OrganizationEvent;
import org.scorats.conference.events.registration.ParticipantEvent;
import org.scorats.conference.events.registration.RegistrationEvents;
import org.scorats.conference.events.registration.VisaLetterEvent;
import org.scorats.conference.notification.domain.ConferenceInfo;
import org.scorats.conference.notification.domain.Recipient;
import org.scorats.conference.notification.service.WebhookRouting.Audience;

import java.util.Optional;

/**
 * What events from the other services do here, each effect once per event however often it is
 * delivered, in one transaction per event. Registration events: the recipients and conferences
 * kept here, the notices people read and get by mail, and webhook deliveries to the participant's
 * own organization. Agenda events: a published release tells each person it concerns what changed
 * for them; every agenda event (public information) goes to the partners subscribed to its type.
 * This service's own announcements go to the partner of the organization each names.
 */
@ApplicationScoped
public class EventEffects implements EventHandlers {

    public static final String REGISTRATION_EVENTS = "registration-events";
    public static final String AGENDA_EVENTS = "agenda-events";
    public static final String NOTIFICATION_EVENTS = "notification-events";

    private final RegistrationProjections projections;
    private final Inbox inbox;
    private final Notices notices;
    private final WebhookRouting webhooks;
    private final ObjectMapper json;
    private final LogisticsDesk desk;

    EventEffects(RegistrationProjections projections, Inbox inbox, Notices notices, WebhookRouting webhooks,
                             LogisticsDesk desk, ObjectMapper json) {
        this.desk = desk;
        this.projections = projections;
        this.inbox = inbox;
        this.notices = notices;
        this.webhooks = webhooks;
        this.json = json;
    }

    @Override
    @Transactional
    public void apply(String channel, IncomingEvent event) {
        switch (channel) {
            case REGISTRATION_EVENTS -> applyRegistrationEvent(event);
            case AGENDA_EVENTS -> applyAgendaEvent(event);
            case NOTIFICATION_EVENTS -> event.payloadIf(AnnouncementSent.class, NotificationEvents.ALL, json).ifPresent(sent ->
                    inbox.applyOnce("webhooks", event, () -> webhooks.fanOut(event, Audience.of(sent.organizationCode()))));
            default -> throw new IllegalArgumentException("No events are read from channel " + channel);
        }
    }

    private void applyRegistrationEvent(IncomingEvent event) {
        projections.participants(event, "recipients", Recipient.class, Recipient::new);
        projections.conferences(event, "conference-info", ConferenceInfo.class, ConferenceInfo::new);
        event.payloadIf(ParticipantEvent.class, RegistrationEvents.ALL, json).ifPresent(payload ->
                inbox.applyOnce("notices", event, () -> notices.fromRegistration(event, payload)));
        event.payloadIf(VisaLetterEvent.class, RegistrationEvents.ALL, json).ifPresent(letter ->
                inbox.applyOnce("notices", event, () -> notices.visaLetter(event, letter)));
        event.payloadIf(CertificateRevoked.class, RegistrationEvents.ALL, json).ifPresent(certificate ->
                inbox.applyOnce("notices", event, () -> notices.certificateRevoked(event, certificate)));
        event.payloadIf(ConferenceRescheduled.class, RegistrationEvents.ALL, json).ifPresent(moved ->
                inbox.applyOnce("notices", event, () -> notices.conferenceMoved(event, moved)));
        event.payloadIf(ArrivalChange.class, RegistrationEvents.ALL, json).ifPresent(change ->
                inbox.applyOnce("desk", event, () -> desk.arrivalChanged(event, change)));
        audience(event).ifPresent(audience -> inbox.applyOnce("webhooks", event, () -> webhooks.fanOut(event, audience)));
    }

    private void applyAgendaEvent(IncomingEvent event) {
        // Only releases leave for partners: the draft's edits are the organizers' until published.
        event.payloadIf(ProgramPublished.class, AgendaEvents.ALL, json).ifPresent(release -> {
            inbox.applyOnce("notices", event, () -> notices.fromProgram(event, release));
            inbox.applyOnce("webhooks", event, () -> webhooks.fanOutRelease(event, release));
        });
    }

    /**
     * Which partners may receive the event: the organization its people, delegation or record
     * belong to; every partner for conference events, which are public. Every registration event a
     * partner may subscribe to has one, so no subscription waits for what never comes; an event that
     * names no organization (from a producer older than the field) goes to none rather than to all.
     */
    private Optional<Audience> audience(IncomingEvent event) {
        var all = RegistrationEvents.ALL;
        return event.payloadIf(ParticipantEvent.class, all, json).map(p -> Audience.of(p.participant().organizationCode()))
                .or(() -> event.payloadIf(ArrivalChange.class, all, json).map(a -> Audience.of(a.organizationCode())))
                .or(() -> event.payloadIf(VisaLetterEvent.class, all, json)
                        .flatMap(v -> Optional.ofNullable(v.organizationCode()).map(Audience::of)))
                .or(() -> event.payloadIf(CertificateRevoked.class, all, json).map(c -> Audience.of(c.organizationCode())))
                .or(() -> event.payloadIf(ConferenceRescheduled.class, all, json).map(c -> Audience.EVERYONE))
                .or(() -> event.payloadIf(DelegationEvent.class, all, json).map(d -> Audience.of(d.delegation().organizationCode())))
                .or(() -> event.payloadIf(OrganizationEvent.class, all, json).map(o -> Audience.of(o.organization().code())))
                .or(() -> event.payloadIf(ConferenceEvent.class, all, json).map(c -> Audience.EVERYONE));
    }
}
