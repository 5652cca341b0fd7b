package org.scorats.conference.notification.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.scorats.conference.conventions.inbox.Inbox;
import org.scorats.conference.conventions.inbox.IncomingEvent;
import org.scorats.conference.conventions.projection.RegistrationProjections;
import org.scorats.conference.events.registration.ConferenceEvent;
import org.scorats.conference.events.registration.DelegationEvent;
import org.scorats.conference.events.registration.OrganizationEvent;
import org.scorats.conference.events.registration.ParticipantEvent;
import org.scorats.conference.events.registration.RegistrationEvents;
import org.scorats.conference.notification.domain.ConferenceInfo;
import org.scorats.conference.notification.domain.Recipient;
import org.scorats.conference.notification.service.Notices;
import org.scorats.conference.notification.service.Webhooks;
import org.scorats.conference.notification.service.Webhooks.Audience;

import java.util.Optional;

/**
 * Registration events: the recipients and conferences kept here, the notices people read and
 * get by mail, and webhook deliveries to the participant's own organization. Each effect applies
 * once per event, however often it is delivered.
 */
@ApplicationScoped
public class RegistrationEventsConsumer {

    private final RegistrationProjections projections;
    private final Inbox inbox;
    private final Notices notices;
    private final Webhooks webhooks;
    private final ObjectMapper json;

    RegistrationEventsConsumer(RegistrationProjections projections, Inbox inbox, Notices notices, Webhooks webhooks,
                               ObjectMapper json) {
        this.projections = projections;
        this.inbox = inbox;
        this.notices = notices;
        this.webhooks = webhooks;
        this.json = json;
    }

    @Incoming("registration-events")
    @Blocking
    @Transactional
    public void onRegistrationEvent(ConsumerRecord<String, String> record) {
        projections.participants(record, "recipients", Recipient.class, Recipient::new);
        projections.conferences(record, "conference-info", ConferenceInfo.class, ConferenceInfo::new);
        IncomingEvent event = IncomingEvent.from(record);
        event.payloadIf(ParticipantEvent.class, RegistrationEvents.ALL, json).ifPresent(payload ->
                inbox.applyOnce("notices", event, () -> notices.fromRegistration(event, payload)));
        audience(event).ifPresent(audience -> inbox.applyOnce("webhooks", event, () -> webhooks.fanOut(event, audience)));
    }

    /**
     * Which partners may receive the event: the organization its people, delegation or record
     * belong to; every partner for conference events, which are public.
     */
    private Optional<Audience> audience(IncomingEvent event) {
        var all = RegistrationEvents.ALL;
        return event.payloadIf(ParticipantEvent.class, all, json).map(p -> Audience.of(p.participant().organizationCode()))
                .or(() -> event.payloadIf(DelegationEvent.class, all, json).map(d -> Audience.of(d.delegation().organizationCode())))
                .or(() -> event.payloadIf(OrganizationEvent.class, all, json).map(o -> Audience.of(o.organization().code())))
                .or(() -> event.payloadIf(ConferenceEvent.class, all, json).map(c -> Audience.EVERYONE));
    }
}
