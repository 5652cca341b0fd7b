package org.scorats.conference.registration.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.registration.domain.ParticipantStatus;
import org.scorats.conference.registration.domain.StatusChange;

import java.time.Instant;

@Schema(name = "RegistrationStatusChange")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatusChangeView(ParticipantStatus from, ParticipantStatus to, String reason, String actorSubject,
                               String actorRole, Instant changedAt) {

    public static StatusChangeView of(StatusChange c) {
        return new StatusChangeView(c.fromStatus, c.toStatus, c.reason, c.actorSubject, c.actorRole, c.changedAt);
    }
}
