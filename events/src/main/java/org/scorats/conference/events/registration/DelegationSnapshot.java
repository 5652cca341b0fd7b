package org.scorats.conference.events.registration;

import java.util.UUID;

/** @param headParticipantId the head of delegation (focal point), once named */
public record DelegationSnapshot(UUID id, String conferenceId, String organizationCode, UUID headParticipantId,
                                 int seatQuota, long version) {
}
