package org.scorats.conference.registration.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.conventions.outbox.Outbox;
import org.scorats.conference.registration.domain.Conference;
import org.scorats.conference.registration.domain.Delegation;
import org.scorats.conference.registration.domain.ParticipantStatus;
import org.scorats.conference.registration.repository.ConferenceRepository;

import java.util.List;
import java.util.UUID;

/**
 * Seats of a delegation (its quota) and of the conference (its capacity), kept as counters of the
 * registrations that hold one (submitted, approved, checked in; not deleted).
 *
 * <p>A claim is one statement per counter (read it under the row lock, raise it as far as the
 * limit allows), made as the last step of the use case, so a row stays locked only from the claim
 * to the commit, never while the request is checked and worked. Two claims for the last seat meet
 * at the row: the second waits for the first to commit, then reads the new count and finds no
 * seat. The delegation's counter is always taken before the conference's, so claims and releases
 * never deadlock.
 */
@ApplicationScoped
public class Seats {

    /** A counter next to the recount of the registrations holding a seat. */
    @Schema(name = "SeatCount")
    public record Count(@Schema(description = "The delegation's organization; absent for the conference")
                        @JsonInclude(JsonInclude.Include.NON_NULL) String organizationCode,
                        long counter, long recounted) {
        public boolean agrees() {
            return counter == recounted;
        }
    }

    /** Every seat counter of a conference recounted from its participants; {@code consistent} if none differs. */
    @Schema(name = "SeatCheck", example = """
        {"conferenceId": "sco-rats-2024", "consistent": true, "conference": {"counter": 12, "recounted": 12},
         "delegations": [{"organizationCode": "CIS-ATC", "counter": 2, "recounted": 2},
                         {"organizationCode": "CN", "counter": 3, "recounted": 3}]}""")
    public record Check(String conferenceId, boolean consistent, Count conference, List<Count> delegations) {
    }

    private final EntityManager entityManager;
    private final ConferenceRepository conferences;
    private final Outbox outbox;

    Seats(EntityManager entityManager, ConferenceRepository conferences, Outbox outbox) {
        this.entityManager = entityManager;
        this.conferences = conferences;
        this.outbox = outbox;
    }

    /** @return whether one more seat fits both the delegation's quota and the conference's capacity; if so it is taken */
    public boolean claim(Conference conference, Delegation delegation) {
        return claim(conference, delegation, 1) == 1;
    }

    /**
     * Takes up to {@code wanted} seats at once, as many as both the delegation's quota and the
     * conference's capacity leave: one statement per counter, whatever the number.
     *
     * @return how many were taken, from 0 to {@code wanted}
     */
    public int claim(Conference conference, Delegation delegation, int wanted) {
        if (wanted <= 0) {
            return 0;
        }
        // The claim is the last statement: the transaction's events (written at the commit otherwise)
        // and its pending entities (flushed by the native statement itself) go before it.
        outbox.writePublished();
        int fromQuota = take("delegation", "seat_quota", delegation.id, wanted);
        int fromCapacity = take("conference", "capacity", conference.id, fromQuota);
        if (fromCapacity < fromQuota) {
            giveBack("delegation", delegation.id, fromQuota - fromCapacity);
        }
        return fromCapacity;
    }

    /**
     * One statement: reads the counter under the row lock, raises it as far as the limit allows,
     * returns by how much. The lock is {@code NO KEY UPDATE}, the one an {@code UPDATE} takes: it
     * does not wait for the key-share locks that inserting participants (their foreign keys) hold
     * on the same row, which a {@code FOR UPDATE} would, into a deadlock.
     */
    private int take(String table, String limit, Object id, int wanted) {
        List<?> taken = entityManager.createNativeQuery("""
                        WITH before AS (SELECT id, seats_taken, %2$s AS seat_limit FROM %1$s WHERE id = :id FOR NO KEY UPDATE)
                        UPDATE %1$s t SET seats_taken = GREATEST(b.seats_taken, LEAST(b.seat_limit, b.seats_taken + :wanted))
                        FROM before b WHERE t.id = b.id
                        RETURNING t.seats_taken - b.seats_taken""".formatted(table, limit))
                .setParameter("id", id)
                .setParameter("wanted", wanted)
                .getResultList();
        return taken.isEmpty() ? 0 : ((Number) taken.get(0)).intValue();
    }

    private void giveBack(String table, Object id, int count) {
        entityManager.createNativeQuery("UPDATE " + table + " SET seats_taken = seats_taken - :count WHERE id = :id")
                .setParameter("count", count).setParameter("id", id).executeUpdate();
    }

    /** Gives back the seat of a registration that held one and no longer does. */
    public void release(String conferenceId, UUID delegationId) {
        giveBack("delegation", delegationId, 1);
        giveBack("conference", conferenceId, 1);
    }

    /** Whether a move from one status to another takes a seat (+1), gives one back (-1) or neither (0). */
    static int seatsNeeded(ParticipantStatus from, ParticipantStatus to) {
        return Boolean.compare(to.holdsSeat(), from != null && from.holdsSeat());
    }

    /** Recounts every counter of the conference from its participants. */
    @Transactional
    public Check check(String conferenceId) {
        conferences.require(conferenceId);
        String holders = "p.deleted_at IS NULL AND p.status IN ('submitted', 'approved', 'checked-in')";
        Object[] conference = (Object[]) entityManager.createNativeQuery("SELECT c.seats_taken, (SELECT count(*) FROM participant p "
                        + "WHERE p.conference_id = c.id AND " + holders + ") FROM conference c WHERE c.id = :id")
                .setParameter("id", conferenceId).getSingleResult();
        List<Object[]> rows = entityManager.createNativeQuery("SELECT d.organization_code, d.seats_taken, (SELECT count(*) "
                        + "FROM participant p WHERE p.delegation_id = d.id AND " + holders + ") FROM delegation d "
                        + "WHERE d.conference_id = :id ORDER BY d.organization_code")
                .setParameter("id", conferenceId).getResultList();
        Count total = new Count(null, ((Number) conference[0]).longValue(), ((Number) conference[1]).longValue());
        List<Count> delegations = rows.stream().map(r -> new Count((String) r[0], ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue())).toList();
        return new Check(conferenceId, total.agrees() && delegations.stream().allMatch(Count::agrees), total, delegations);
    }
}
