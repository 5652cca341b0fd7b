package org.scorats.conference.events.registration;

import org.scorats.conference.events.EventType;
import org.scorats.conference.events.Topics;

import java.util.List;

/**
 * Events published by registration-service on {@link Topics#REGISTRATION}, keyed by the id of what
 * changed: participant, conference, organization or delegation.
 */
public final class RegistrationEvents {

    private static final String PREFIX = "org.scorats.conference.registration.";

    public static final EventType<ParticipantEvent> PARTICIPANT_REGISTERED = participant("registered",
            "A participant registered, or a partner created one; status submitted or waitlisted.");
    public static final EventType<ParticipantEvent> PARTICIPANT_UPDATED = participant("updated",
            "Details of a participant changed; changedFields names them.");
    public static final EventType<ParticipantEvent> PARTICIPANT_APPROVED = participant("approved",
            "An organizer approved the registration (previousStatus waitlisted: moved from the waitlist).");
    public static final EventType<ParticipantEvent> PARTICIPANT_REJECTED = participant("rejected",
            "An organizer rejected the registration; reason says why.");
    public static final EventType<ParticipantEvent> PARTICIPANT_WAITLISTED = participant("waitlisted",
            "No seat is free for now; the participant waits.");
    public static final EventType<ParticipantEvent> PARTICIPANT_WITHDRAWN = participant("withdrawn",
            "The participant, their partner organization or an organizer withdrew the registration.");
    public static final EventType<ParticipantEvent> PARTICIPANT_CHECKED_IN = participant("checked-in",
            "The participant arrived and was checked in at the venue.");

    public static final EventType<ArrivalChange> PARTICIPANT_ARRIVAL_CHANGED = new EventType<>(
            PREFIX + "participant.arrival-changed", Topics.REGISTRATION, ArrivalChange.class,
            "An approved or checked-in participant's arrival changed, for the logistics desk. Key: participant id.");

    public static final EventType<VisaLetterEvent> VISA_LETTER_ISSUED = new EventType<>(PREFIX + "visa-letter.issued",
            Topics.REGISTRATION, VisaLetterEvent.class,
            "Organizers approved a request and the invitation letter is ready to download. Key: participant id.");
    public static final EventType<VisaLetterEvent> VISA_LETTER_REFUSED = new EventType<>(PREFIX + "visa-letter.refused",
            Topics.REGISTRATION, VisaLetterEvent.class, "A request for an invitation letter was refused: by organizers, "
            + "or because the registration gave up its seat, turned remote or no longer fits the conference's days "
            + "before a decision. Key: participant id.");
    public static final EventType<VisaLetterEvent> VISA_LETTER_REVOKED = new EventType<>(PREFIX + "visa-letter.revoked",
            Topics.REGISTRATION, VisaLetterEvent.class, "An issued invitation letter no longer stands: organizers revoked "
            + "it, or the registration gave up its seat or turned remote, or the conference moved beyond its travel "
            + "dates. Key: participant id.");

    public static final EventType<CertificateRevoked> CERTIFICATE_REVOKED = new EventType<>(PREFIX + "certificate.revoked",
            Topics.REGISTRATION, CertificateRevoked.class, "A certificate of attendance no longer stands: organizers "
            + "revoked it, or the registration was deleted. Key: participant id.");

    public static final EventType<ParticipantEvent> PARTICIPANT_DELETED = participant("deleted",
            "An organizer or the partner organization deleted the participant's record.");

    public static final EventType<ConferenceEvent> CONFERENCE_CREATED = new EventType<>(PREFIX + "conference.created",
            Topics.REGISTRATION, ConferenceEvent.class, "A conference was created. Key: conference id.");
    public static final EventType<ConferenceEvent> CONFERENCE_UPDATED = new EventType<>(PREFIX + "conference.updated",
            Topics.REGISTRATION, ConferenceEvent.class, "A conference's details changed. Key: conference id.");
    public static final EventType<ConferenceRescheduled> CONFERENCE_RESCHEDULED = new EventType<>(PREFIX + "conference.rescheduled",
            Topics.REGISTRATION, ConferenceRescheduled.class, "A conference moved to other days or another time zone, "
            + "after its conference.updated: the days before and after. Key: conference id.");
    public static final EventType<OrganizationEvent> ORGANIZATION_CREATED = new EventType<>(PREFIX + "organization.created",
            Topics.REGISTRATION, OrganizationEvent.class, "An organization was added. Key: organization code.");
    public static final EventType<OrganizationEvent> ORGANIZATION_UPDATED = new EventType<>(PREFIX + "organization.updated",
            Topics.REGISTRATION, OrganizationEvent.class, "An organization's name, kind or country changed. Key: organization code.");
    public static final EventType<DelegationEvent> DELEGATION_CREATED = new EventType<>(PREFIX + "delegation.created",
            Topics.REGISTRATION, DelegationEvent.class, "An organization got a delegation at a conference. Key: delegation id.");
    public static final EventType<DelegationEvent> DELEGATION_UPDATED = new EventType<>(PREFIX + "delegation.updated",
            Topics.REGISTRATION, DelegationEvent.class, "A delegation's quota or head changed. Key: delegation id.");

    public static final List<EventType<?>> ALL = List.of(
            PARTICIPANT_REGISTERED, PARTICIPANT_UPDATED, PARTICIPANT_APPROVED, PARTICIPANT_REJECTED,
            PARTICIPANT_WAITLISTED, PARTICIPANT_WITHDRAWN, PARTICIPANT_CHECKED_IN, PARTICIPANT_ARRIVAL_CHANGED, PARTICIPANT_DELETED, VISA_LETTER_ISSUED,
            VISA_LETTER_REFUSED, VISA_LETTER_REVOKED, CERTIFICATE_REVOKED,
            CONFERENCE_CREATED, CONFERENCE_UPDATED, CONFERENCE_RESCHEDULED, ORGANIZATION_CREATED, ORGANIZATION_UPDATED,
            DELEGATION_CREATED, DELEGATION_UPDATED);

    private RegistrationEvents() {
    }

    private static EventType<ParticipantEvent> participant(String what, String description) {
        return new EventType<>(PREFIX + "participant." + what, Topics.REGISTRATION, ParticipantEvent.class, description);
    }
}
