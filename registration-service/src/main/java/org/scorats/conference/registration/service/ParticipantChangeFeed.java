package org.scorats.conference.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.registration.domain.ParticipantChanges;
import org.scorats.conference.registration.repository.DelegationRepository;
import org.scorats.conference.registration.repository.ParticipantRepository;

/**
 * What changed for one organization's participants since a partner's cursor, so the partner can
 * mirror our data without reading it whole. Each participant appears once per read, in its latest
 * state; deletions appear as tombstones, withdrawals as status {@code withdrawn}.
 */
@ApplicationScoped
public class ParticipantChangeFeed {

    private final ParticipantRepository participants;
    private final DelegationRepository delegations;
    private final RegistrationAccess access;

    ParticipantChangeFeed(ParticipantRepository participants, DelegationRepository delegations, RegistrationAccess access) {
        this.participants = participants;
        this.delegations = delegations;
        this.access = access;
    }

    @Transactional
    public ParticipantChanges since(String conferenceId, String organizationCode, PageRequest request) {
        access.requireSyncFor(organizationCode);
        delegations.requireOf(conferenceId, organizationCode);
        return participants.changesAfter(conferenceId, organizationCode, participants.changeHorizon(), request);
    }
}
