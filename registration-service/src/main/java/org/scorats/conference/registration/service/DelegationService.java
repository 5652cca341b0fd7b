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
import org.scorats.conference.events.registration.RegistrationEvents;
import org.scorats.conference.registration.domain.Delegation;
import org.scorats.conference.registration.domain.InvitationCode;
import org.scorats.conference.registration.messaging.RegistrationEventPublisher;
import org.scorats.conference.registration.repository.ConferenceRepository;
import org.scorats.conference.registration.repository.DelegationRepository;
import org.scorats.conference.registration.repository.OrganizationRepository;
import org.scorats.conference.registration.repository.ParticipantRepository;
import org.scorats.conference.registration.service.DelegationRequest;

import java.util.UUID;

/**
 * Organizers give organizations delegations with seat quotas; partners and heads read their own
 * and hand out the invitation code with which people register themselves into it.
 */
@ApplicationScoped
@Transactional
public class DelegationService {

    private final ConferenceRepository conferences;
    private final OrganizationRepository organizations;
    private final DelegationRepository delegations;
    private final ParticipantRepository participants;
    private final RegistrationAccess access;
    private final Caller caller;
    private final RegistrationEventPublisher events;

    DelegationService(ConferenceRepository conferences, OrganizationRepository organizations,
                      DelegationRepository delegations, ParticipantRepository participants, RegistrationAccess access,
                      Caller caller, RegistrationEventPublisher events) {
        this.conferences = conferences;
        this.organizations = organizations;
        this.delegations = delegations;
        this.participants = participants;
        this.access = access;
        this.caller = caller;
        this.events = events;
    }

    public Delegation create(String conferenceId, DelegationRequest request) {
        conferences.require(conferenceId);
        new FieldErrors().check(request.organizationCode() != null, "organizationCode", "must be given").throwIfAny();
        organizations.require(request.organizationCode());
        if (delegations.of(conferenceId, request.organizationCode()).isPresent()) {
            throw ProblemException.conflict("delegation-exists",
                    request.organizationCode() + " has a delegation at " + conferenceId + " already");
        }
        new FieldErrors().check(request.headParticipantId() == null, "headParticipantId",
                "name the head once they are registered in this delegation").throwIfAny();
        Delegation delegation = new Delegation();
        delegation.id = UUID.randomUUID();
        delegation.conferenceId = conferenceId;
        delegation.organizationCode = request.organizationCode();
        delegation.seatQuota = request.seatQuota();
        delegation.createdAt = StoredTime.now();
        delegation.updatedAt = delegation.createdAt;
        delegations.persist(delegation);
        events.delegation(RegistrationEvents.DELEGATION_CREATED, delegation);
        return delegation;
    }

    public Delegation update(UUID id, DelegationRequest request, String ifMatch) {
        Delegation delegation = delegations.require(id);
        EntityVersions.requireMatch(ifMatch, delegation.version);
        new FieldErrors()
                .check(request.organizationCode() == null || request.organizationCode().equals(delegation.organizationCode),
                        "organizationCode", "cannot change")
                // A head whose registration ended has no rights; naming one anew would give nobody the role.
                .check(request.headParticipantId() == null || request.headParticipantId().equals(delegation.headParticipantId)
                                || participants.findByIdOptional(request.headParticipantId())
                                .filter(p -> !p.isDeleted() && !p.status.ended() && p.delegationId.equals(id)).isPresent(),
                        "headParticipantId", "must be a participant of this delegation whose registration is not withdrawn "
                                + "or rejected")
                .throwIfAny();
        delegation.seatQuota = request.seatQuota();
        delegation.headParticipantId = request.headParticipantId();
        delegation.updatedAt = StoredTime.now();
        events.delegation(RegistrationEvents.DELEGATION_UPDATED, delegation);
        return delegation;
    }

    /** A new invitation code, replacing the delegation's last one, which stops working. */
    public Invitation issueInvitation(UUID id) {
        Delegation delegation = get(id);
        String code = InvitationCode.generate();
        delegation.invitationDigest = InvitationCode.digest(code);
        delegation.invitationIssuedAt = StoredTime.now();
        delegation.updatedAt = delegation.invitationIssuedAt;
        return new Invitation(delegation, code);
    }

    /** Nobody registers themself into the delegation until a new code is issued. */
    public void revokeInvitation(UUID id) {
        Delegation delegation = get(id);
        if (delegation.invitationDigest != null) {
            delegation.invitationDigest = null;
            delegation.invitationIssuedAt = null;
            delegation.updatedAt = StoredTime.now();
        }
    }

    /** A code as issued: shown this once, stored only as a digest. */
    public record Invitation(Delegation delegation, String code) {
    }

    /** Organizers, the organization's partner and the delegation's head; to anyone else it does not exist. */
    public Delegation get(UUID id) {
        Delegation delegation = delegations.require(id);
        if (!access.managesDelegation(delegation)) {
            throw ProblemException.notFound("Delegation", id);
        }
        return delegation;
    }

    /** Organizers see every delegation; a partner its organization's. */
    public Page<Delegation> page(String conferenceId, PageRequest request) {
        conferences.require(conferenceId);
        String only = caller.isOrganizer() ? null : caller.organization().orElse("");
        return delegations.page(conferenceId, only, request);
    }

    public long seatsTaken(Delegation delegation) {
        return participants.seatsTakenInDelegation(delegation.id);
    }
}
