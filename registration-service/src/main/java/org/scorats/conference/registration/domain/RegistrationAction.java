package org.scorats.conference.registration.domain;

import org.scorats.conference.conventions.persistence.CodedEnum;

import java.util.EnumSet;
import java.util.Set;

import static org.scorats.conference.registration.domain.ParticipantStatus.APPROVED;
import static org.scorats.conference.registration.domain.ParticipantStatus.CHECKED_IN;
import static org.scorats.conference.registration.domain.ParticipantStatus.REJECTED;
import static org.scorats.conference.registration.domain.ParticipantStatus.SUBMITTED;
import static org.scorats.conference.registration.domain.ParticipantStatus.WAITLISTED;
import static org.scorats.conference.registration.domain.ParticipantStatus.WITHDRAWN;

/** The moves of the registration workflow: each from some statuses to one. */
public enum RegistrationAction implements CodedEnum {
    /** From the waitlist it needs a free seat: "moved from the waitlist". */
    APPROVE(APPROVED, EnumSet.of(SUBMITTED, WAITLISTED), true),
    /** An approval may be revoked too; a reason is required. */
    REJECT(REJECTED, EnumSet.of(SUBMITTED, WAITLISTED, APPROVED), true),
    WAITLIST(WAITLISTED, EnumSet.of(SUBMITTED), true),
    /** The participant, their head of delegation, their partner organization or an organizer. */
    WITHDRAW(WITHDRAWN, EnumSet.of(SUBMITTED, WAITLISTED, APPROVED), false),
    CHECK_IN(CHECKED_IN, EnumSet.of(APPROVED), true);

    private final ParticipantStatus target;
    private final Set<ParticipantStatus> from;
    private final boolean organizersOnly;

    RegistrationAction(ParticipantStatus target, Set<ParticipantStatus> from, boolean organizersOnly) {
        this.target = target;
        this.from = from;
        this.organizersOnly = organizersOnly;
    }

    public ParticipantStatus target() {
        return target;
    }

    public boolean allowedFrom(ParticipantStatus status) {
        return from.contains(status);
    }

    public Set<ParticipantStatus> allowedFrom() {
        return from;
    }

    public boolean organizersOnly() {
        return organizersOnly;
    }

    public boolean needsReason() {
        return this == REJECT;
    }
}
