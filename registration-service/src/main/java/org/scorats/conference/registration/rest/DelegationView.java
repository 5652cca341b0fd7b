package org.scorats.conference.registration.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.registration.domain.Delegation;

import java.util.UUID;

/** @param seatsTaken participants holding a seat: submitted, approved or checked in */
@Schema(name = "Delegation")
public record DelegationView(UUID id, String conferenceId, String organizationCode,
                             @JsonInclude(JsonInclude.Include.NON_NULL) UUID headParticipantId,
                             int seatQuota, long seatsTaken, long seatsLeft, long version) {

    public static DelegationView of(Delegation d, long seatsTaken) {
        return new DelegationView(d.id, d.conferenceId, d.organizationCode, d.headParticipantId, d.seatQuota,
                seatsTaken, Math.max(0, d.seatQuota - seatsTaken), d.version);
    }
}
