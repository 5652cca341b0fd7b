package org.scorats.conference.notification.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.scorats.conference.conventions.deadletter.EventIntake;
import org.scorats.conference.notification.service.EventEffects;

/**
 * Registration and agenda events, and this service's own, from Kafka, applied by the service layer
 * ({@link EventEffects}) through the shared intake: retried while they fail for a reason that may
 * pass, dead-lettered if they never can be applied.
 */
@ApplicationScoped
public class EventsConsumer {

    private final EventIntake intake;

    EventsConsumer(EventIntake intake) {
        this.intake = intake;
    }

    @Incoming(EventEffects.REGISTRATION_EVENTS)
    @Blocking
    public void onRegistrationEvents(ConsumerRecords<String, String> records) {
        intake.consume(EventEffects.REGISTRATION_EVENTS, EventIntake.inOrder(records));
    }

    @Incoming(EventEffects.AGENDA_EVENTS)
    @Blocking
    public void onAgendaEvents(ConsumerRecords<String, String> records) {
        intake.consume(EventEffects.AGENDA_EVENTS, EventIntake.inOrder(records));
    }

    @Incoming(EventEffects.NOTIFICATION_EVENTS)
    @Blocking
    public void onNotificationEvents(ConsumerRecords<String, String> records) {
        intake.consume(EventEffects.NOTIFICATION_EVENTS, EventIntake.inOrder(records));
    }
}
