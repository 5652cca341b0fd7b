package org.scorats.conference.registration.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.registration.domain.Delegation;

import java.time.Instant;
import java.util.UUID;

/**
 * @param seatsTaken participants holding a seat: submitted, approved or checked in
 * @param invitationIssuedAt when the invitation code in use was issued; absent: nobody may register themself
 */
@Schema(name = "Delegation")
public record DelegationView(UUID id, String conferenceId, String organizationCode,
                             @JsonInclude(JsonInclude.Include.NON_NULL) UUID headParticipantId,
                             int seatQuota, long seatsTaken, long seatsLeft,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Instant invitationIssuedAt, long version) {

    public static DelegationView of(Delegation d, long seatsTaken) {
        return new DelegationView(d.id, d.conferenceId, d.organizationCode, d.headParticipantId, d.seatQuota,
                seatsTaken, Math.max(0, d.seatQuota - seatsTaken), d.invitationIssuedAt, d.version);
    }
}
