package org.scorats.conference.agenda.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.scorats.conference.agenda.domain.DirectoryEntry;
import org.scorats.conference.conventions.projection.ParticipantProjections;

/** Keeps the participant directory in step with registration-service. */
@ApplicationScoped
public class ParticipantDirectoryUpdater {

    private final ParticipantProjections projections;

    ParticipantDirectoryUpdater(ParticipantProjections projections) {
        this.projections = projections;
    }

    @Incoming("registration-events")
    @Blocking
    @Transactional
    public void onRegistrationEvent(ConsumerRecord<String, String> record) {
        projections.apply(record, "participant-directory", DirectoryEntry.class, DirectoryEntry::new);
    }
}
