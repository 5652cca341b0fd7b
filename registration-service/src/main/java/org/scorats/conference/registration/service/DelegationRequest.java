package org.scorats.conference.registration.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/**
 * A delegation to create ({@code organizationCode} required) or its new quota and head.
 *
 * @param headParticipantId a participant of this delegation, once registered; named anew, not one whose
 *                          registration is withdrawn or rejected
 */
@Schema(name = "DelegationRequest", example = """
        {"organizationCode": "CIS-ATC", "seatQuota": 10,
         "headParticipantId": "3a3611a8-39ae-4e22-95de-cfe6d9df22b0"}""")
public record DelegationRequest(
        @Schema(example = "CIS-ATC") String organizationCode,
        @Schema(example = "8") @NotNull @PositiveOrZero @Max(1000) Integer seatQuota,
        @Schema(description = "A participant of this delegation; one whose registration is withdrawn or rejected "
                + "is refused when named anew (the head's rights end with their registration)")
        UUID headParticipantId) {
}
