package org.scorats.conference.notification.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.scorats.conference.conventions.projection.ParticipantProjections;
import org.scorats.conference.notification.domain.Recipient;

/** Keeps recipients (address, language, organization) in step with registration-service. */
@ApplicationScoped
public class RecipientUpdater {

    private final ParticipantProjections projections;

    RecipientUpdater(ParticipantProjections projections) {
        this.projections = projections;
    }

    @Incoming("registration-events")
    @Blocking
    @Transactional
    public void onRegistrationEvent(ConsumerRecord<String, String> record) {
        projections.apply(record, "recipients", Recipient.class, Recipient::new);
    }
}
