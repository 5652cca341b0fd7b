package org.scorats.conference.registration.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.registration.service.DelegationService;

import java.time.Instant;
import java.util.UUID;

/** @param code what a person enters as {@code invitationCode} when registering themself */
@Schema(name = "DelegationInvitation", example = """
        {"delegationId": "1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b", "conferenceId": "sco-rats-2024",
         "organizationCode": "CIS-ATC", "code": "K7QF-3MXD-9PWA", "issuedAt": "2024-06-01T09:00:00Z"}""")
public record InvitationView(UUID delegationId, String conferenceId, String organizationCode, String code, Instant issuedAt) {

    static InvitationView of(DelegationService.Invitation invitation) {
        var d = invitation.delegation();
        return new InvitationView(d.id, d.conferenceId, d.organizationCode, invitation.code(), d.invitationIssuedAt);
    }
}
