package org.scorats.conference.registration.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.scorats.conference.conventions.deadletter.EventIntake;

/**
 * Agenda events from Kafka, applied by the service layer ({@code AgendaEventHandler}) through the
 * shared intake: retried while they fail for a reason that may pass, dead-lettered if they never can be applied.
 */
@ApplicationScoped
public class AgendaEventsConsumer {

    private final EventIntake intake;

    AgendaEventsConsumer(EventIntake intake) {
        this.intake = intake;
    }

    @Incoming("agenda-events")
    @Blocking
    public void onAgendaEvents(ConsumerRecords<String, String> records) {
        intake.consume("agenda-events", EventIntake.inOrder(records));
    }
}
