package org.scorats.conference.conventions.deadletter;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A dead letter as organizers read it: where it came from, why it could not be applied, what became of it. */
@Schema(name = "DeadLetter", example = """
        {"id": "9b2d7c4e-1f3a-4c5b-8d6e-7f8a9b0c1d2e", "channel": "registration-events",
         "topic": "conference.registration.v1", "partition": 3, "offset": 1842,
         "key": "3a3611a8-39ae-4e22-95de-cfe6d9df22b0", "eventId": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
         "eventType": "org.scorats.conference.registration.participant.approved",
         "headers": {"ce_specversion": "1.0",
                     "ce_type": "org.scorats.conference.registration.participant.approved"},
         "payload": "{\\"participant\\": {\\"id\\": \\"not-a-uuid\\"}}",
         "reason": "Unreadable payload: participant.id is not a UUID", "status": "waiting",
         "failedAt": "2024-06-05T10:02:16Z"}""")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeadLetterView(UUID id, String channel, String topic, int partition, long offset, String key, String eventId,
                             String eventType, String reason, String status, Instant failedAt, Instant replayedAt,
                             String replayError, Map<String, String> headers, String payload) {

    static DeadLetterView of(DeadLetter d) {
        return new DeadLetterView(d.id, d.channel, d.topic, d.partition, d.offset, d.key, d.eventId, d.eventType, d.reason,
                d.status, d.failedAt, d.replayedAt, d.replayError, d.headers, d.payload);
    }
}
