package org.scorats.conference.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.conventions.security.Caller;
import org.scorats.conference.registration.domain.Delegation;
import org.scorats.conference.registration.domain.Participant;
import org.scorats.conference.registration.repository.ParticipantRepository;

/**
 * Who may touch which participant, beyond what roles alone decide: organizers everyone; a partner
 * the people of the organization its token names; a head of delegation their delegation; a
 * delegate themself.
 *
 * <p>Participants the caller has no part in answer 404, as if they did not exist: another
 * organization's people are not even confirmed to be registered.
 */
@ApplicationScoped
public class RegistrationAccess {

    private final Caller caller;
    private final ParticipantRepository participants;

    RegistrationAccess(Caller caller, ParticipantRepository participants) {
        this.caller = caller;
        this.participants = participants;
    }

    public boolean isOrganizer() {
        return caller.isOrganizer();
    }

    /** Organizers, the organization's partner, or its delegation's head. */
    public boolean managesDelegation(Delegation delegation) {
        return caller.isOrganizer() || speaksFor(delegation.organizationCode) || isHeadOf(delegation);
    }

    /** A partner whose token names this organization. */
    public boolean speaksFor(String organizationCode) {
        return caller.isPartner() && caller.organization().filter(organizationCode::equals).isPresent();
    }

    /** The head's rights last as long as the head's own registration: not once it is withdrawn, rejected or deleted. */
    public boolean isHeadOf(Delegation delegation) {
        return delegation.headParticipantId != null && participants.findByIdOptional(delegation.headParticipantId)
                .filter(head -> !head.isDeleted() && !head.status.ended() && caller.subject().equals(head.accountSubject))
                .isPresent();
    }

    public boolean isSelf(Participant participant) {
        return participant.accountSubject != null && participant.accountSubject.equals(caller.subject());
    }

    /** May see and change this participant's registration. */
    public void requireManages(Participant participant, Delegation delegation) {
        if (!(isSelf(participant) || managesDelegation(delegation))) {
            throw ProblemException.notFound("Participant", participant.id);
        }
    }

    /**
     * The organization a list is scoped to: any (or the one requested) for organizers, the
     * partner's own for a partner, who may not ask for another's.
     *
     * @param what what is listed, for the refusal ("arrivals")
     * @return null for all organizations
     */
    public String organizationScope(String requested, String what) {
        if (caller.isOrganizer()) {
            return requested;
        }
        String own = caller.organization().orElseThrow(() ->
                ProblemException.forbidden("The partner token names no organization (claim 'organization')"));
        if (requested != null && !requested.equals(own)) {
            throw ProblemException.forbidden("Partners see only their own organization's " + what);
        }
        return own;
    }

    /** Partner sync and the change feed: the organization's own partner, or organizers. */
    public void requireSyncFor(String organizationCode) {
        if (caller.isOrganizer()) {
            return;
        }
        if (caller.isPartner() && caller.organization().isEmpty()) {
            throw ProblemException.forbidden("The partner token names no organization (claim 'organization')");
        }
        if (!speaksFor(organizationCode)) {
            throw ProblemException.forbidden("Partners sync only their own organization's participants");
        }
    }
}
