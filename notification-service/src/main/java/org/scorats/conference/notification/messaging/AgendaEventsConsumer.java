package org.scorats.conference.notification.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.scorats.conference.conventions.inbox.Inbox;
import org.scorats.conference.conventions.inbox.IncomingEvent;
import org.scorats.conference.events.agenda.AgendaEvents;
import org.scorats.conference.events.agenda.ProgramPublished;
import org.scorats.conference.notification.service.Notices;
import org.scorats.conference.notification.service.Webhooks;
import org.scorats.conference.notification.service.Webhooks.Audience;

/**
 * Agenda events: a published release tells each person it concerns what changed for them; every
 * agenda event (public information) goes to the partners subscribed to its type.
 */
@ApplicationScoped
public class AgendaEventsConsumer {

    private final Inbox inbox;
    private final Notices notices;
    private final Webhooks webhooks;
    private final ObjectMapper json;

    AgendaEventsConsumer(Inbox inbox, Notices notices, Webhooks webhooks, ObjectMapper json) {
        this.inbox = inbox;
        this.notices = notices;
        this.webhooks = webhooks;
        this.json = json;
    }

    @Incoming("agenda-events")
    @Blocking
    @Transactional
    public void onAgendaEvent(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        event.payloadIf(ProgramPublished.class, AgendaEvents.ALL, json).ifPresent(release ->
                inbox.applyOnce("notices", event, () -> notices.fromProgram(event, release)));
        if (AgendaEvents.ALL.stream().anyMatch(event::is)) {
            inbox.applyOnce("webhooks", event, () -> webhooks.fanOut(event, Audience.EVERYONE));
        }
    }
}
