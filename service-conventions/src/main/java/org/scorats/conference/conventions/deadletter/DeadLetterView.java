package org.scorats.conference.conventions.deadletter;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A dead letter as organizers read it: where it came from, why it could not be applied, what became of it. */
@Schema(name = "DeadLetter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeadLetterView(UUID id, String channel, String topic, int partition, long offset, String key, String eventId,
                             String eventType, String reason, String status, Instant failedAt, Instant replayedAt,
                             String replayError, Map<String, String> headers, String payload) {

    static DeadLetterView of(DeadLetter d) {
        return new DeadLetterView(d.id, d.channel, d.topic, d.partition, d.offset, d.key, d.eventId, d.eventType, d.reason,
                d.status, d.failedAt, d.replayedAt, d.replayError, d.headers, d.payload);
    }
}
