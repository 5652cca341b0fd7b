package org.scorats.conference.agenda.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.scorats.conference.conventions.deadletter.EventIntake;

/**
 * Registration events from Kafka, applied by the service layer ({@code RegistrationEventHandler}) through the
 * shared intake: retried while they fail for a reason that may pass, dead-lettered if they never can be applied.
 */
@ApplicationScoped
public class RegistrationEventsConsumer {

    private final EventIntake intake;

    RegistrationEventsConsumer(EventIntake intake) {
        this.intake = intake;
    }

    @Incoming("registration-events")
    @Blocking
    public void onRegistrationEvents(ConsumerRecords<String, String> records) {
        intake.consume("registration-events", EventIntake.inOrder(records));
    }
}
