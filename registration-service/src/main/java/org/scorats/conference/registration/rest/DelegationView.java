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
@Schema(name = "Delegation", example = """
        {"id": "6e52e388-0da5-470d-9ea9-5e91e737567f", "conferenceId": "sco-rats-2024",
         "organizationCode": "CIS-ATC", "seatQuota": 10, "seatsTaken": 2, "seatsLeft": 8,
         "headParticipantId": "3a3611a8-39ae-4e22-95de-cfe6d9df22b0", "version": 3}""")
public record DelegationView(UUID id, String conferenceId, String organizationCode,
                             @JsonInclude(JsonInclude.Include.NON_NULL) UUID headParticipantId,
                             int seatQuota, long seatsTaken, long seatsLeft,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Instant invitationIssuedAt, long version) {

    public static DelegationView of(Delegation d, long seatsTaken) {
        return new DelegationView(d.id, d.conferenceId, d.organizationCode, d.headParticipantId, d.seatQuota,
                seatsTaken, Math.max(0, d.seatQuota - seatsTaken), d.invitationIssuedAt, d.version);
    }
}
