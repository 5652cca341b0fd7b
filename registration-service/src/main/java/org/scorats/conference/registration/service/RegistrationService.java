package org.scorats.conference.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.scorats.conference.conventions.http.EntityVersions;
import org.scorats.conference.conventions.paging.Page;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.persistence.StoredTime;
import org.scorats.conference.conventions.problem.FieldErrors;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.conventions.security.Caller;
import org.scorats.conference.events.EventType;
import org.scorats.conference.events.registration.ArrivalChange;
import org.scorats.conference.events.registration.ParticipantEvent;
import org.scorats.conference.events.registration.RegistrationEvents;
import org.scorats.conference.registration.domain.Conference;
import org.scorats.conference.registration.domain.Delegation;
import org.scorats.conference.registration.domain.Participant;
import org.scorats.conference.registration.domain.ParticipantStatus;
import org.scorats.conference.problem.FieldError;
import org.scorats.conference.registration.domain.ParticipantRole;
import org.scorats.conference.registration.domain.RegistrationAction;
import org.scorats.conference.registration.domain.StatusChange;
import org.scorats.conference.registration.messaging.RegistrationEventPublisher;
import org.scorats.conference.registration.repository.ConferenceRepository;
import org.scorats.conference.registration.repository.DelegationRepository;
import org.scorats.conference.registration.domain.ParticipantFilter;
import org.scorats.conference.registration.repository.ParticipantRepository;
import org.scorats.conference.registration.repository.StatusChangeRepository;
import org.scorats.conference.registration.service.ParticipantRequest;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The registration workflow: register, edit, move through the statuses, delete.
 *
 * <p>Public methods are transactions of their own. The package-private steps they share with
 * {@link PartnerSync} are not intercepted: a refused batch item must not mark the whole batch's
 * transaction for rollback. Every step checks before it changes anything, so a refusal leaves
 * nothing behind.
 */
@ApplicationScoped
public class RegistrationService {

    /** What a printed badge shows: a change to one of these prints a new badge. */
    private static final Set<String> BADGE_FIELDS = Set.of("givenName", "familyName", "givenNameLatin",
            "familyNameLatin", "role", "attendance");

    private static final Map<ParticipantStatus, EventType<ParticipantEvent>> STATUS_EVENTS = Map.of(
            ParticipantStatus.APPROVED, RegistrationEvents.PARTICIPANT_APPROVED,
            ParticipantStatus.REJECTED, RegistrationEvents.PARTICIPANT_REJECTED,
            ParticipantStatus.WAITLISTED, RegistrationEvents.PARTICIPANT_WAITLISTED,
            ParticipantStatus.WITHDRAWN, RegistrationEvents.PARTICIPANT_WITHDRAWN,
            ParticipantStatus.CHECKED_IN, RegistrationEvents.PARTICIPANT_CHECKED_IN);

    private final ConferenceRepository conferences;
    private final DelegationRepository delegations;
    private final ParticipantRepository participants;
    private final StatusChangeRepository statusChanges;
    private final Seats seats;
    private final RegistrationAccess access;
    private final Caller caller;
    private final RegistrationEventPublisher events;
    private final Badges badges;
    private final VisaLetters visaLetters;
    private final Certificates certificates;

    RegistrationService(ConferenceRepository conferences, DelegationRepository delegations,
                        ParticipantRepository participants, StatusChangeRepository statusChanges, Seats seats, RegistrationAccess access, Caller caller,
                        RegistrationEventPublisher events, Badges badges, VisaLetters visaLetters,
                        Certificates certificates) {
        this.conferences = conferences;
        this.delegations = delegations;
        this.participants = participants;
        this.statusChanges = statusChanges;
        this.seats = seats;
        this.access = access;
        this.caller = caller;
        this.events = events;
        this.badges = badges;
        this.visaLetters = visaLetters;
        this.certificates = certificates;
    }

    /**
     * A delegate registers themself (once per conference); organizers, the organization's partner
     * and the head of delegation register others.
     */
    @Transactional
    public Participant register(String conferenceId, ParticipantRequest request) {
        Conference conference = conferences.require(conferenceId);
        String organizationCode = request.organizationCode() != null ? request.organizationCode()
                : caller.isPartner() ? caller.organization().orElse(null) : null;
        new FieldErrors().check(organizationCode != null, "organizationCode", "must be given").throwIfAny();
        Delegation delegation = delegations.requireOf(conferenceId, organizationCode);

        boolean registersSelf = !access.managesDelegation(delegation);
        if (registersSelf) {
            if (!caller.isDelegate() || caller.isPartner()) {
                throw ProblemException.forbidden("Partners register people only into their own organization's delegation");
            }
            if (!delegation.admits(request.invitationCode())) {
                throw new ProblemException(403, "invitation-required", "Forbidden", "Registering yourself into "
                        + organizationCode + "'s delegation needs the invitation code its partner or head of delegation gives",
                        List.of(new FieldError("invitationCode", request.invitationCode() == null ? "must be given"
                                : "is not the delegation's code")), null);
            }
            requireOwnEmail(request.email());
            if (participants.byAccount(conferenceId, caller.subject()).isPresent()) {
                throw ProblemException.conflict("already-registered",
                        "You are registered for this conference already; edit that registration instead");
            }
        }
        requireOpen(conference);
        return create(conference, delegation, request, registersSelf ? caller.subject() : null, null);
    }

    /**
     * People registering or editing themselves give the email their account verified (Keycloak
     * verifies it before the token says so): nobody takes someone else's address, which would keep
     * its owner from registering and send them this registration's mail. Partners, heads and
     * organizers vouch for the addresses of the people they register.
     */
    private void requireOwnEmail(String email) {
        String verified = caller.verifiedEmail().orElseThrow(() -> new ProblemException(403, "email-unverified", "Forbidden",
                "Your account has no verified email; verify it with the identity provider, then register", List.of(), null));
        new FieldErrors().check(verified.equalsIgnoreCase(email), "email",
                "must be your account's verified email " + verified).throwIfAny();
    }

    /** New registrations, however they arrive (a form, a partner's sync), only while registration is open; organizers any time. */
    void requireOpen(Conference conference) {
        if (!caller.isOrganizer() && !conference.isRegistrationOpen(Instant.now())) {
            throw ProblemException.conflict("registration-closed", "Registration for " + conference.id + " is not open");
        }
    }

    /** Creates a registration: submitted if a seat is free, else waitlisted. */
    Participant create(Conference conference, Delegation delegation, ParticipantRequest request,
                       String accountSubject, String externalId) {
        Participant p = prepare(conference, delegation, request, accountSubject, externalId, emailsOf(conference.id));
        seatOrWaitlist(conference, delegation, List.of(store(p, ParticipantStatus.SUBMITTED)));
        return p;
    }

    /**
     * A new registration checked and filled in, not stored yet: {@link #store} stores it, and
     * {@link #seatOrWaitlist} claims its seat as the last step.
     */
    Participant prepare(Conference conference, Delegation delegation, ParticipantRequest request,
                        String accountSubject, String externalId, EmailsInUse emails) {
        requireRoleAllowed(request.role(), null);
        ParticipantDetails.validate(request, conference);
        emails.requireFree(request.email(), null);
        Participant p = new Participant();
        p.id = UUID.randomUUID();
        p.conferenceId = conference.id;
        p.delegationId = delegation.id;
        p.organizationCode = delegation.organizationCode;
        p.accountSubject = accountSubject;
        p.externalId = externalId;
        p.createdAt = StoredTime.now();
        p.updatedAt = p.createdAt;
        ParticipantDetails.apply(request, p, conference, false);
        emails.use(p.email, p.id);
        return p;
    }

    /** A new registration as stored, submitted (until its seat is claimed) or waitlisted. */
    record Stored(Participant participant, StatusChange firstStatus, UUID registeredEvent) {
    }

    /**
     * Stores a prepared registration with its first status and its event: submitted if it expects a
     * seat ({@link #seatOrWaitlist} claims it), waitlisted if it knows none is left.
     */
    Stored store(Participant p, ParticipantStatus expected) {
        p.status = expected;
        participants.persist(p);
        StatusChange first = recordStatus(p, null, null);
        return new Stored(p, first, events.registered(p));
    }

    /**
     * Claims the seats of stored new registrations that expect one, the last statements before the
     * commit, so the counters stay locked only for the commit. Those beyond the seats left (the last
     * ones: first come, first seated) are waitlisted instead: status, first status and event amended.
     */
    void seatOrWaitlist(Conference conference, Delegation delegation, List<Stored> created) {
        List<Stored> expectingSeats = created.stream()
                .filter(stored -> stored.participant().status == ParticipantStatus.SUBMITTED).toList();
        int seated = seats.claim(conference, delegation, expectingSeats.size());
        Map<UUID, Participant> waitlisted = new HashMap<>();
        for (Stored unseated : expectingSeats.subList(seated, expectingSeats.size())) {
            Participant p = unseated.participant();
            p.status = ParticipantStatus.WAITLISTED;
            unseated.firstStatus().toStatus = p.status;
            waitlisted.put(unseated.registeredEvent(), p);
        }
        if (!waitlisted.isEmpty()) {
            events.amendRegistered(waitlisted);
        }
    }

    /** Emails at a conference, looked up one by one in the database. */
    EmailsInUse emailsOf(String conferenceId) {
        return EmailsInUse.lookedUp((email, exceptId) -> participants.emailTaken(conferenceId, email, exceptId), caller.isOrganizer());
    }

    /** Emails at a conference as loaded for a batch: {@code holders} maps each to the registration that uses it. */
    EmailsInUse emailsAmong(Map<String, UUID> holders) {
        return EmailsInUse.known(holders, caller.isOrganizer());
    }

    @Transactional
    public Participant update(UUID id, ParticipantRequest request, String ifMatch) {
        Participant p = participants.require(id);
        Delegation delegation = delegations.require(p.delegationId);
        access.requireManages(p, delegation);
        EntityVersions.requireMatch(ifMatch, p.version);
        if (!access.managesDelegation(delegation) && !request.email().equalsIgnoreCase(p.email)) {
            requireOwnEmail(request.email()); // themself: only to the address their account verified
        }
        new FieldErrors().check(request.organizationCode() == null || request.organizationCode().equals(p.organizationCode),
                "organizationCode", "cannot change; withdraw and register in the other delegation").throwIfAny();
        change(p, request, emailsOf(p.conferenceId));
        return p;
    }

    /**
     * @return the fields that changed; none means nothing was written and no event emitted. An
     * approved registration whose identity someone other than an organizer changed (names, email,
     * passport data) is submitted again for review, in the same event, so an approved seat never
     * passes to another person unseen.
     */
    List<String> change(Participant p, ParticipantRequest request, EmailsInUse emails) {
        if (p.status == ParticipantStatus.WITHDRAWN) {
            throw ProblemException.conflict("registration-withdrawn", "A withdrawn registration cannot be edited");
        }
        requireRoleAllowed(request.role(), p.role);
        Conference conference = conferences.require(p.conferenceId);
        ParticipantDetails.validate(request, conference);
        emails.requireFree(request.email(), p.id);
        String emailBefore = p.email;
        var arrivalBefore = new ArrivalChange.Arrival(p.arrivalAt == null ? null : p.arrivalAt.atZone(conference.zone())
                .toOffsetDateTime(), p.arrivalTransport == null ? null : p.arrivalTransport.code(), p.arrivalReference);
        boolean badged = p.status == ParticipantStatus.APPROVED || p.status == ParticipantStatus.CHECKED_IN;
        List<String> changed = ParticipantDetails.apply(request, p, conference, !caller.isOrganizer());
        emails.moved(emailBefore, p.email, p.id);
        if (changed.isEmpty()) {
            return changed;
        }
        p.updatedAt = StoredTime.now();
        if (p.status == ParticipantStatus.APPROVED && !caller.isOrganizer()
                && changed.stream().anyMatch(ParticipantDetails.IDENTITY::contains)) {
            String reason = "Changed after approval: " + changed.stream().filter(ParticipantDetails.IDENTITY::contains)
                    .collect(Collectors.joining(", "));
            p.status = ParticipantStatus.SUBMITTED; // both hold a seat: nothing to claim or give back
            p.statusReason = reason;
            recordStatus(p, ParticipantStatus.APPROVED, reason);
            events.participant(RegistrationEvents.PARTICIPANT_UPDATED, p, ParticipantStatus.APPROVED, reason, changed);
            badges.follow(p); // back in review: the badge no longer opens doors
        } else {
            events.participant(RegistrationEvents.PARTICIPANT_UPDATED, p, null, null, changed);
            if (badged && changed.stream().anyMatch(BADGE_FIELDS::contains)) {
                badges.reprint(p); // the printed badge shows the old name or role
            }
        }
        if (changed.contains("attendance")) {
            visaLetters.follow(p); // remote: no journey for a letter to invite to
        }
        if (badged && changed.contains("arrival")) {
            events.arrivalChanged(p, arrivalBefore, conference.zone());
        }
        return changed;
    }

    /**
     * Roles other than delegate carry privileges (a speaker's slot, a guest's protocol, staff access),
     * so only organizers give them; anyone else registers delegates and keeps the role an organizer gave.
     */
    private void requireRoleAllowed(ParticipantRole requested, ParticipantRole current) {
        boolean allowed = caller.isOrganizer() || requested == current
                || (current == null && requested == ParticipantRole.DELEGATE); // a new registration, as a delegate
        if (!allowed) {
            throw new ProblemException(403, "role-reserved", "Forbidden", "Only organizers give or change the role "
                    + requested.code(), List.of(new FieldError("role", "is set by organizers")), null);
        }
    }

    @Transactional
    public Participant transition(UUID id, RegistrationAction action, String reason, String ifMatch) {
        Participant p = participants.require(id);
        Delegation delegation = delegations.require(p.delegationId);
        if (action.organizersOnly()) {
            if (!caller.isOrganizer()) {
                access.requireManages(p, delegation); // others' participants stay invisible
                throw ProblemException.forbidden("Only organizers may " + action.code() + " a registration");
            }
        } else {
            access.requireManages(p, delegation);
        }
        EntityVersions.requireMatch(ifMatch, p.version);
        if (!action.allowedFrom(p.status)) {
            throw ProblemException.conflict("transition-not-allowed", "Cannot " + action.code() + " a registration that is "
                    + p.status.code() + "; allowed from: " + action.allowedFrom().stream()
                    .map(ParticipantStatus::code).sorted().collect(Collectors.joining(", ")));
        }
        new FieldErrors().check(!action.needsReason() || (reason != null && !reason.isBlank()), "reason",
                "must be given to " + action.code()).throwIfAny();
        ParticipantStatus from = p.status;
        p.status = action.target();
        p.statusReason = reason;
        p.updatedAt = StoredTime.now();
        recordStatus(p, from, reason);
        events.participant(STATUS_EVENTS.get(p.status), p, from, reason, List.of());
        badges.follow(p);
        visaLetters.follow(p);
        // Seats last, so the counters stay locked only for the commit; no seat rolls the move back.
        int seatsNeeded = Seats.seatsNeeded(from, p.status);
        if (seatsNeeded > 0 && !seats.claim(conferences.require(p.conferenceId), delegation)) {
            throw ProblemException.conflict("no-seat-available",
                    "The delegation's quota or the conference's capacity is reached; the participant stays waitlisted");
        } else if (seatsNeeded < 0) {
            seats.release(p.conferenceId, p.delegationId);
        }
        return p;
    }

    /**
     * The first admission at a door checks an approved registration in, in the scan's transaction;
     * the door's role is recorded as the actor.
     */
    void checkInAtDoor(Participant p, String door) {
        ParticipantStatus from = p.status;
        p.status = ParticipantStatus.CHECKED_IN;
        p.statusReason = null;
        p.updatedAt = StoredTime.now();
        recordStatus(p, from, "Admitted at " + door);
        events.participant(RegistrationEvents.PARTICIPANT_CHECKED_IN, p, from, null, List.of());
    }

    /** Leaves a tombstone, so partners' change feeds learn of the deletion. */
    void delete(Participant p) {
        p.deletedAt = StoredTime.now();
        p.updatedAt = p.deletedAt;
        Delegation delegation = delegations.require(p.delegationId);
        if (p.id.equals(delegation.headParticipantId)) {
            delegation.headParticipantId = null;
            delegation.updatedAt = p.deletedAt;
            events.delegation(RegistrationEvents.DELEGATION_UPDATED, delegation);
        }
        events.participant(RegistrationEvents.PARTICIPANT_DELETED, p, null, null, List.of());
        badges.follow(p);
        visaLetters.follow(p);
        certificates.registrationDeleted(p);
        if (p.status.holdsSeat()) {
            seats.release(p.conferenceId, p.delegationId); // last, so the counters stay locked only for the commit
        }
    }

    @Transactional
    public void deleteByOrganizer(UUID id, String ifMatch) {
        Participant p = participants.require(id);
        EntityVersions.requireMatch(ifMatch, p.version);
        delete(p);
    }

    @Transactional
    public Participant get(UUID id) {
        Participant p = participants.require(id);
        access.requireManages(p, delegations.require(p.delegationId));
        return p;
    }

    /** The caller's own registration at a conference. */
    @Transactional
    public Participant mine(String conferenceId) {
        conferences.require(conferenceId);
        return participants.byAccount(conferenceId, caller.subject())
                .orElseThrow(() -> ProblemException.notFound("Your registration at", conferenceId));
    }

    /** Organizers list everyone; a partner its organization's people; a head of delegation their delegation. */
    @Transactional
    public Page<Participant> page(String conferenceId, ParticipantFilter filter, PageRequest request) {
        conferences.require(conferenceId);
        ParticipantFilter scoped = filter;
        if (!caller.isOrganizer()) {
            if (caller.isPartner()) {
                scoped = filter.withOrganization(caller.organization().orElse(""));
            } else {
                Delegation headed = participants.byAccount(conferenceId, caller.subject())
                        .map(self -> delegations.require(self.delegationId))
                        .filter(d -> access.isHeadOf(d))
                        .orElseThrow(() -> ProblemException.forbidden(
                                "Only organizers, partners and heads of delegation list participants"));
                scoped = filter.withDelegation(headed.id);
            }
        }
        return participants.page(conferenceId, scoped, request);
    }

    @Transactional
    public List<StatusChange> history(UUID id) {
        participants.require(id);
        return statusChanges.history(id);
    }

    private StatusChange recordStatus(Participant p, ParticipantStatus from, String reason) {
        StatusChange change = new StatusChange();
        change.participantId = p.id;
        change.fromStatus = from;
        change.toStatus = p.status;
        change.reason = reason;
        change.actorSubject = caller.subject();
        change.actorRole = caller.role();
        change.changedAt = StoredTime.now();
        statusChanges.persist(change);
        return change;
    }
}
