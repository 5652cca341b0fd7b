package org.scorats.conference.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.scorats.conference.registration.domain.Conference;
import org.scorats.conference.registration.domain.Delegation;
import org.scorats.conference.registration.repository.ParticipantRepository;

/**
 * Seats of a delegation (its quota) and of the conference (its capacity). Claims lock the
 * conference row, then the delegation's, until the transaction ends: of two registrations for
 * the last seat, the second waits for the first to commit and then counts it.
 */
@ApplicationScoped
public class Seats {

    private final EntityManager entityManager;
    private final ParticipantRepository participants;

    Seats(EntityManager entityManager, ParticipantRepository participants) {
        this.entityManager = entityManager;
        this.participants = participants;
    }

    /** @return whether one more seat fits both the delegation's quota and the conference's capacity */
    public boolean claim(Conference conference, Delegation delegation) {
        entityManager.lock(conference, LockModeType.PESSIMISTIC_WRITE);
        entityManager.lock(delegation, LockModeType.PESSIMISTIC_WRITE);
        return participants.seatsTakenInDelegation(delegation.id) < delegation.seatQuota
                && participants.seatsTakenAtConference(conference.id) < conference.capacity;
    }
}
