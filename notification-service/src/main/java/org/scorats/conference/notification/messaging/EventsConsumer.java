package org.scorats.conference.notification.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.scorats.conference.conventions.inbox.IncomingEvent;
import org.scorats.conference.notification.service.EventEffects;

/** Registration and agenda events from Kafka, handed to the service layer, which applies each in one transaction. */
@ApplicationScoped
public class EventsConsumer {

    private final EventEffects effects;

    EventsConsumer(EventEffects effects) {
        this.effects = effects;
    }

    @Incoming("registration-events")
    @Blocking
    public void onRegistrationEvent(ConsumerRecord<String, String> record) {
        effects.applyRegistrationEvent(IncomingEvent.from(record));
    }

    @Incoming("agenda-events")
    @Blocking
    public void onAgendaEvent(ConsumerRecord<String, String> record) {
        effects.applyAgendaEvent(IncomingEvent.from(record));
    }
}
