package org.scorats.conference.registration.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.scorats.conference.conventions.outbox.Outbox;
import org.scorats.conference.events.EventType;
import org.scorats.conference.events.registration.ArrivalChange;
import org.scorats.conference.events.registration.CertificateRevoked;
import org.scorats.conference.events.registration.ConferenceEvent;
import org.scorats.conference.events.registration.ConferenceRescheduled;
import org.scorats.conference.events.registration.ConferenceSnapshot;
import org.scorats.conference.events.registration.DelegationEvent;
import org.scorats.conference.events.registration.DelegationSnapshot;
import org.scorats.conference.events.registration.OrganizationEvent;
import org.scorats.conference.events.registration.OrganizationSnapshot;
import org.scorats.conference.events.registration.ParticipantEvent;
import org.scorats.conference.events.registration.ParticipantSnapshot;
import org.scorats.conference.events.registration.RegistrationEvents;
import org.scorats.conference.events.registration.VisaLetterEvent;
import org.scorats.conference.registration.domain.Conference;
import org.scorats.conference.registration.domain.Delegation;
import org.scorats.conference.registration.domain.IssuedDocument;
import org.scorats.conference.registration.domain.Language;
import org.scorats.conference.registration.domain.Organization;
import org.scorats.conference.registration.domain.Participant;
import org.scorats.conference.registration.domain.ParticipantStatus;
import org.scorats.conference.registration.domain.VisaLetter;
import org.scorats.conference.registration.domain.VisaLetterStatus;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns domain changes into the events of the contract, through the outbox: in the caller's
 * transaction, so an event exists exactly when its change was committed.
 */
@ApplicationScoped
public class RegistrationEventPublisher {

    private final Outbox outbox;
    private final EntityManager entityManager;

    RegistrationEventPublisher(Outbox outbox, EntityManager entityManager) {
        this.outbox = outbox;
        this.entityManager = entityManager;
    }

    /** @return the event's id */
    public UUID participant(EventType<ParticipantEvent> type, Participant p, ParticipantStatus previousStatus,
                            String reason, List<String> changedFields) {
        flush();
        return outbox.publish(type, p.id.toString(), "participants/" + p.id, participantEvent(p, previousStatus, reason,
                changedFields));
    }

    /**
     * The registration of a participant persisted in this transaction. No flush: its version is the
     * first one, set when it was persisted, and a flush here would check every entity of the
     * session, once per item of a partner's batch of 1,000.
     *
     * @return the event's id
     */
    public UUID registered(Participant p) {
        return outbox.publish(RegistrationEvents.PARTICIPANT_REGISTERED, p.id.toString(), "participants/" + p.id,
                participantEvent(p, null, null, List.of()));
    }

    /**
     * Rewrites the registration events of participants stored in this transaction who changed again
     * before anyone saw the events (they found no seat at the last step). One flush for all of them,
     * so each snapshot carries the version it commits with.
     *
     * @param registrations each participant by the id of its registration event
     */
    public void amendRegistered(Map<UUID, Participant> registrations) {
        flush();
        registrations.forEach((eventId, p) -> outbox.amend(eventId, RegistrationEvents.PARTICIPANT_REGISTERED,
                participantEvent(p, null, null, List.of())));
    }

    /** An approved participant's arrival changed: for the logistics desk. */
    public void arrivalChanged(Participant p, ArrivalChange.Arrival before, ZoneId zone) {
        flush();
        var after = new ArrivalChange.Arrival(p.arrivalAt == null ? null : p.arrivalAt.atZone(zone).toOffsetDateTime(),
                p.arrivalTransport == null ? null : p.arrivalTransport.code(), p.arrivalReference);
        outbox.publish(RegistrationEvents.PARTICIPANT_ARRIVAL_CHANGED, p.id.toString(), "participants/" + p.id,
                new ArrivalChange(p.id, p.conferenceId, p.organizationCode, p.givenName, p.familyName, p.givenNameLatin,
                        p.familyNameLatin, p.status.code(), before, after, p.lateArrival, p.version));
    }

    /** Issued or revoked, as the letter's status says; {@code organizationCode} is the applicant's. */
    public void visaLetter(VisaLetter letter, String organizationCode) {
        flush();
        var type = switch (letter.status) {
            case ISSUED -> RegistrationEvents.VISA_LETTER_ISSUED;
            case REVOKED -> RegistrationEvents.VISA_LETTER_REVOKED;
            case REFUSED -> RegistrationEvents.VISA_LETTER_REFUSED;
            case REQUESTED -> throw new IllegalArgumentException("A request awaiting a decision is not published");
        };
        outbox.publish(type, letter.participantId.toString(), "visa-letters/" + letter.id,
                new VisaLetterEvent(letter.id, letter.participantId, letter.conferenceId, organizationCode, letter.reference,
                        letter.status.code(), letter.language.code(), letter.reason, letter.reasonCode, letter.version));
    }

    /**
     * A certificate of attendance revoked: by an organizer ({@code reasonCode} null) or by the
     * platform; {@code organizationCode} is the holder's.
     */
    public void certificateRevoked(IssuedDocument certificate, String organizationCode, String reasonCode) {
        flush();
        outbox.publish(RegistrationEvents.CERTIFICATE_REVOKED, certificate.participantId.toString(),
                "documents/" + certificate.reference, new CertificateRevoked(certificate.reference,
                        certificate.participantId, certificate.conferenceId, organizationCode, certificate.revokedReason,
                        reasonCode));
    }

    private static ParticipantEvent participantEvent(Participant p, ParticipantStatus previousStatus, String reason,
                                                     List<String> changedFields) {
        var snapshot = new ParticipantSnapshot(p.id, p.conferenceId, p.delegationId, p.organizationCode, p.externalId, p.accountSubject,
                p.givenName, p.familyName, p.givenNameLatin, p.familyNameLatin, p.email, p.language.code(),
                p.role.code(), p.attendance.code(), p.status.code(), p.publicListingConsent, p.version);
        return new ParticipantEvent(snapshot, (previousStatus == null ? p.status : previousStatus).code(), reason,
                changedFields);
    }

    /** The conference moved: after its conference.updated, the days it had before and has now. */
    public void conferenceRescheduled(Conference c, LocalDate previousStartDate, LocalDate previousEndDate, String previousTimeZone) {
        flush();
        outbox.publish(RegistrationEvents.CONFERENCE_RESCHEDULED, c.id, "conferences/" + c.id, new ConferenceRescheduled(c.id,
                previousStartDate, previousEndDate, previousTimeZone, c.startDate, c.endDate, c.timeZone, c.version));
    }

    public void conference(EventType<ConferenceEvent> type, Conference c) {
        flush();
        var contacts = new ConferenceSnapshot.Contacts(c.contacts.phone(), c.contacts.email(),
                c.contacts.emergencyNumbers().stream()
                        .map(n -> new ConferenceSnapshot.EmergencyNumber(n.service(), n.number())).toList());
        var snapshot = new ConferenceSnapshot(c.id, c.name.toMap(), c.startDate, c.endDate, c.timeZone,
                c.venue.toMap(), c.languages.stream().map(Language::code).toList(), c.capacity,
                c.arrivalDeadline.atZone(c.zone()).toOffsetDateTime(), contacts, c.version);
        outbox.publish(type, c.id, "conferences/" + c.id, new ConferenceEvent(snapshot));
    }

    public void organization(EventType<OrganizationEvent> type, Organization o) {
        flush();
        outbox.publish(type, o.code, "organizations/" + o.code, new OrganizationEvent(
                new OrganizationSnapshot(o.code, o.name.toMap(), o.kind.code(), o.country, o.version)));
    }

    public void delegation(EventType<DelegationEvent> type, Delegation d) {
        flush();
        outbox.publish(type, d.id.toString(), "delegations/" + d.id, new DelegationEvent(
                new DelegationSnapshot(d.id, d.conferenceId, d.organizationCode, d.headParticipantId, d.seatQuota,
                        d.version)));
    }

    /** Writes pending changes first: the snapshot must carry the version the change commits with. */
    private void flush() {
        entityManager.flush();
    }
}
