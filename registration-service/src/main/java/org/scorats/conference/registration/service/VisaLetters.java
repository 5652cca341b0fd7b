package org.scorats.conference.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.scorats.conference.conventions.http.EntityVersions;
import org.scorats.conference.conventions.paging.NewestFirst;
import org.scorats.conference.conventions.paging.Page;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.persistence.StoredTime;
import org.scorats.conference.conventions.problem.FieldErrors;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.conventions.security.Caller;
import org.scorats.conference.documents.InvitationLetter;
import org.scorats.conference.registration.domain.VisaLetter;
import org.scorats.conference.registration.domain.Attendance;
import org.scorats.conference.registration.domain.BadgeDesign;
import org.scorats.conference.registration.domain.Conference;
import org.scorats.conference.registration.domain.IssuedDocument;
import org.scorats.conference.registration.domain.Participant;
import org.scorats.conference.registration.domain.VisaLetterStatus;
import org.scorats.conference.registration.messaging.RegistrationEventPublisher;
import org.scorats.conference.registration.repository.ConferenceRepository;
import org.scorats.conference.registration.repository.DelegationRepository;
import org.scorats.conference.registration.repository.DocumentRepository;
import org.scorats.conference.registration.repository.OrganizationRepository;
import org.scorats.conference.registration.repository.ParticipantRepository;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Visa invitation letters: a participant, their partner or head of delegation requests one;
 * organizers approve (the letter is issued, with a reference anyone can verify) or refuse, and may
 * revoke an issued letter; the applicant is told by mail when it is ready.
 */
@ApplicationScoped
public class VisaLetters {

    /** Travel may start a week before the conference and end a week after it. */
    private static final int TRAVEL_MARGIN_DAYS = 7;

    private final DocumentRepository documents;
    private final ParticipantRepository participants;
    private final DelegationRepository delegations;
    private final ConferenceRepository conferences;
    private final OrganizationRepository organizations;
    private final RegistrationAccess access;
    private final Caller caller;
    private final RegistrationEventPublisher events;
    private final SealedReads sealedReads;

    VisaLetters(DocumentRepository documents, ParticipantRepository participants, DelegationRepository delegations,
                ConferenceRepository conferences, OrganizationRepository organizations, RegistrationAccess access,
                Caller caller, RegistrationEventPublisher events, SealedReads sealedReads) {
        this.documents = documents;
        this.participants = participants;
        this.delegations = delegations;
        this.conferences = conferences;
        this.organizations = organizations;
        this.access = access;
        this.caller = caller;
        this.events = events;
        this.sealedReads = sealedReads;
    }

    @Transactional
    public VisaLetter request(UUID participantId, VisaLetterRequest r) {
        Participant p = participants.require(participantId);
        access.requireManages(p, delegations.require(p.delegationId));
        if (!p.status.holdsSeat()) {
            throw ProblemException.conflict("not-eligible", "A letter is for registrations that are submitted, approved "
                    + "or checked in; this one is " + p.status.code());
        }
        if (p.attendance != Attendance.IN_PERSON) {
            throw ProblemException.unprocessable("remote-participant", "A remote participant does not travel; "
                    + "change the attendance to in-person first");
        }
        Conference c = conferences.require(p.conferenceId);
        new FieldErrors()
                .check(!r.travelUntil().isBefore(r.travelFrom()), "travelUntil", "must not be before travelFrom")
                .check(arrivesInTime(c, r.travelFrom()), "travelFrom",
                        "must be within " + TRAVEL_MARGIN_DAYS + " days before the conference starts on " + c.startDate)
                .check(leavesInTime(c, r.travelUntil()), "travelUntil",
                        "must be within " + TRAVEL_MARGIN_DAYS + " days after the conference ends on " + c.endDate)
                .check(r.passportExpiry() == null || r.passportExpiry().isAfter(r.travelUntil()), "passportExpiry",
                        "must be after the journey ends")
                .check(InvitationLetter.namesCountry(r.nationality()), "nationality", "is not a country's ISO 3166 code")
                .check(InvitationLetter.prints(r.embassy()), "embassy", "cannot be printed in the letter; write it in "
                        + "Latin, Cyrillic or Chinese letters, in the letter's language")
                .throwIfAny();
        if (documents.hasOpenRequest(p.id)) {
            throw ProblemException.conflict("letter-already-requested", "A request for this participant awaits a decision");
        }
        var letter = new VisaLetter();
        letter.id = UUID.randomUUID();
        letter.conferenceId = p.conferenceId;
        letter.participantId = p.id;
        letter.status = VisaLetterStatus.REQUESTED;
        letter.nationality = r.nationality();
        letter.passportNumber = r.passportNumber().strip();
        letter.passportExpiry = r.passportExpiry() == null ? null : r.passportExpiry().toString();
        letter.embassy = r.embassy().strip();
        letter.travelFrom = r.travelFrom();
        letter.travelUntil = r.travelUntil();
        letter.language = r.language() != null ? r.language() : p.language;
        letter.requestedBy = caller.subject();
        letter.createdAt = StoredTime.now();
        documents.persistLetter(letter);
        return letter;
    }

    @Transactional
    public VisaLetter get(UUID id) {
        var letter = documents.letter(id).orElseThrow(() -> ProblemException.notFound("Visa letter", id));
        Participant p = participants.require(letter.participantId);
        access.requireManages(p, delegations.require(p.delegationId)); // another's: 404, as if absent
        return letter;
    }

    /** Organizers: requests and letters of a conference, newest first, by status and organization. */
    @Transactional
    public Page<VisaLetter> page(String conferenceId, VisaLetterStatus status,
                                                                           String organization, PageRequest request) {
        conferences.require(conferenceId);
        StringBuilder condition = new StringBuilder("conferenceId = :conference");
        Map<String, Object> parameters = new HashMap<>(Map.of("conference", conferenceId));
        if (status != null) {
            condition.append(" AND status = :status");
            parameters.put("status", status);
        }
        if (organization != null) {
            condition.append(" AND participantId IN (SELECT p.id FROM Participant p WHERE p.organizationCode = :organization)");
            parameters.put("organization", organization);
        }
        return NewestFirst.page(documents.getEntityManager(), VisaLetter.class,
                condition.toString(), parameters, request, l -> l.createdAt);
    }

    /** Approve (issue the letter) or refuse, once, from the request. */
    @Transactional
    public VisaLetter decide(UUID id, VisaLetterDecision d, String ifMatch) {
        var letter = documents.letter(id).orElseThrow(() -> ProblemException.notFound("Visa letter", id));
        EntityVersions.requireMatch(ifMatch, letter.version);
        if (letter.status != VisaLetterStatus.REQUESTED) {
            throw ProblemException.conflict("already-decided", "The request was decided already: " + letter.status.code());
        }
        new FieldErrors().check(d.approves() || (d.reason() != null && !d.reason().isBlank()), "reason",
                "must be given to refuse").throwIfAny();
        letter.decidedBy = caller.subject();
        letter.decidedAt = StoredTime.now();
        if (d.approves()) {
            Participant p = participants.require(letter.participantId);
            if (!invitable(p)) {
                throw ProblemException.conflict("not-eligible", "The participant's registration is " + p.status.code()
                        + (p.isDeleted() ? ", deleted" : "") + ", attendance " + p.attendance.code());
            }
            IssuedDocument document = IssuedDocument.issue(IssuedDocument.VISA_LETTER, p, letter.travelFrom, letter.travelUntil);
            documents.persist(document);
            letter.reference = document.reference;
            letter.status = VisaLetterStatus.ISSUED;
            letter.language = d.language() != null ? d.language() : letter.language;
            announce(letter);
        } else {
            letter.status = VisaLetterStatus.REFUSED;
            letter.reason = d.reason().strip();
            announce(letter);
        }
        return letter;
    }

    /** An issued letter withdrawn: verification says so from now on. */
    @Transactional
    public VisaLetter revoke(UUID id, String reason) {
        var letter = documents.letter(id).orElseThrow(() -> ProblemException.notFound("Visa letter", id));
        if (letter.status != VisaLetterStatus.ISSUED) {
            throw ProblemException.conflict("not-issued", "Only an issued letter can be revoked; this one is " + letter.status.code());
        }
        new FieldErrors().check(reason != null && !reason.isBlank(), "reason", "must be given").throwIfAny();
        revoke(letter, new Reason(null, reason.strip()));
        return letter;
    }

    /**
     * Keeps letters in step with the registration, in the transaction that changed it, as badges
     * are: a letter invites someone who holds a seat and travels. A registration withdrawn,
     * rejected, waitlisted, deleted or turned remote revokes its issued letter, so an embassy
     * checking the reference learns that it no longer stands, and closes a request still awaiting
     * a decision. Revoking is for good: a participant who travels again asks for a new letter.
     */
    void follow(Participant p) {
        if (invitable(p)) {
            return;
        }
        Reason reason = p.isDeleted() ? new Reason("deleted", "The registration was deleted")
                : p.status.holdsSeat() ? new Reason("remote", "The participant attends remotely")
                : new Reason(p.status.code(), "The registration was " + p.status.code());
        documents.lettersInForce(p.id).forEach(letter -> close(letter, reason));
    }

    /**
     * The conference moved to other days: a letter whose journey no longer brings its holder there
     * in time (or takes them home before the end) would get a visa for the wrong days, so it is
     * revoked, and such a request refused, with the new days in the reason. Letters whose journey
     * still fits stand.
     */
    void conferenceRescheduled(Conference c) {
        Reason reason = new Reason("conference-moved", "The conference moved to " + c.startDate + " – " + c.endDate
                + "; ask for a new letter with travel dates around them");
        for (VisaLetter letter : documents.lettersInForceAt(c.id)) {
            if (!arrivesInTime(c, letter.travelFrom) || !leavesInTime(c, letter.travelUntil)) {
                close(letter, reason);
            }
        }
    }

    private static boolean arrivesInTime(Conference c, LocalDate travelFrom) {
        return !travelFrom.isAfter(c.startDate) && !travelFrom.isBefore(c.startDate.minusDays(TRAVEL_MARGIN_DAYS));
    }

    private static boolean leavesInTime(Conference c, LocalDate travelUntil) {
        return !travelUntil.isBefore(c.endDate) && !travelUntil.isAfter(c.endDate.plusDays(TRAVEL_MARGIN_DAYS));
    }

    /**
     * Why a letter was closed: a code when the platform closed it on its own, which readers word in
     * their language, and the reason in English (an organizer's own words have no code).
     */
    private record Reason(String code, String text) {
    }

    /** An issued letter revoked, a request awaiting a decision refused: either way with the reason, and the applicant told. */
    private void close(VisaLetter letter, Reason reason) {
        if (letter.status == VisaLetterStatus.ISSUED) {
            revoke(letter, reason);
        } else {
            letter.status = VisaLetterStatus.REFUSED;
            letter.reason = reason.text();
            letter.reasonCode = reason.code();
            letter.decidedBy = caller.subject();
            letter.decidedAt = StoredTime.now();
            announce(letter);
        }
    }

    /** Whom a letter may invite: a registration holding a seat, in person. */
    private static boolean invitable(Participant p) {
        return !p.isDeleted() && p.status.holdsSeat() && p.attendance == Attendance.IN_PERSON;
    }

    /** Verification says so from now on, and the applicant is told. */
    private void revoke(VisaLetter letter, Reason reason) {
        letter.status = VisaLetterStatus.REVOKED;
        letter.reason = reason.text();
        letter.reasonCode = reason.code();
        documents.findById(letter.reference).revoke(reason.text());
        announce(letter);
    }

    /** The applicant (and their partner) learns of an issued, refused or revoked letter. */
    private void announce(VisaLetter letter) {
        events.visaLetter(letter, participants.findById(letter.participantId).organizationCode);
    }

    /** The letter as PDF, for the applicant to print and take to the embassy. */
    @Transactional
    public byte[] pdf(UUID id, String publicBaseUrl) {
        var letter = get(id);
        if (letter.status != VisaLetterStatus.ISSUED) {
            throw ProblemException.conflict("not-issued", "There is no valid letter: the request is " + letter.status.code());
        }
        Participant p = participants.require(letter.participantId);
        Conference c = conferences.require(letter.conferenceId);
        IssuedDocument document = documents.findById(letter.reference);
        String organization = organizations.findByIdOptional(p.organizationCode).map(o -> o.name.in(letter.language.code()))
                .orElse(p.organizationCode);
        sealedReads.visaLetterPrinted(letter, p);
        return new InvitationLetter(letter.language.code(), letter.reference, LocalDate.ofInstant(document.issuedAt, c.zone()),
                Letterheads.of(c), c.name.toMap(), c.venue.toMap(), c.startDate, c.endDate, letter.embassy,
                p.familyNameLatin, p.givenNameLatin, BadgeDesign.nativeName(p), letter.nationality, letter.passportNumber,
                p.dateOfBirth == null ? null : LocalDate.parse(p.dateOfBirth), organization, letter.travelFrom,
                letter.travelUntil, DocumentVerification.url(publicBaseUrl, letter.reference)).render();
    }
}
