package org.scorats.conference.agenda.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.scorats.conference.agenda.service.RegistrationEventHandler;
import org.scorats.conference.conventions.inbox.IncomingEvent;

/** Registration events from Kafka, handed to the service layer, which applies each in one transaction. */
@ApplicationScoped
public class RegistrationEventsConsumer {

    private final RegistrationEventHandler handler;

    RegistrationEventsConsumer(RegistrationEventHandler handler) {
        this.handler = handler;
    }

    @Incoming("registration-events")
    @Blocking
    public void onRegistrationEvent(ConsumerRecord<String, String> record) {
        handler.apply(IncomingEvent.from(record));
    }
}
