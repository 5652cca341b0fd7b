package org.scorats.conference.registration.domain;

import org.scorats.conference.registration.domain.Attendance;
import org.scorats.conference.registration.domain.Language;
import org.scorats.conference.registration.domain.ParticipantRole;
import org.scorats.conference.registration.domain.ParticipantStatus;

import java.util.UUID;

/** @param text part of a name in any script, or of the email */
public record ParticipantFilter(ParticipantStatus status, UUID delegationId, String organizationCode,
                                ParticipantRole role, Attendance attendance, Language language, String text) {

    public ParticipantFilter withOrganization(String code) {
        return new ParticipantFilter(status, delegationId, code, role, attendance, language, text);
    }

    public ParticipantFilter withDelegation(UUID id) {
        return new ParticipantFilter(status, id, organizationCode, role, attendance, language, text);
    }
}
