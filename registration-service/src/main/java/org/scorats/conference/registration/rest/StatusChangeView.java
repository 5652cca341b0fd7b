package org.scorats.conference.registration.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.registration.domain.ParticipantStatus;
import org.scorats.conference.registration.domain.StatusChange;

import java.time.Instant;

@Schema(name = "RegistrationStatusChange", example = """
        {"from": "submitted", "to": "approved", "actorSubject": "bcc77165-8e05-4063-a48e-2ac0740635fa",
         "actorRole": "organizer", "reason": "Confirmed by the delegation's head",
         "changedAt": "2024-06-05T10:02:13Z"}""")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatusChangeView(ParticipantStatus from, ParticipantStatus to, String reason, String actorSubject,
                               String actorRole, Instant changedAt) {

    public static StatusChangeView of(StatusChange c) {
        return new StatusChangeView(c.fromStatus, c.toStatus, c.reason, c.actorSubject, c.actorRole, c.changedAt);
    }
}
