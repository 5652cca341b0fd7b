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
import org.scorats.conference.registration.domain.SeatStripes;
import org.scorats.conference.registration.repository.ConferenceRepository;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Seats of a delegation (its quota) and of the conference (its capacity). A delegation's are a
 * counter of the registrations that hold one (submitted, approved, checked in; not deleted); the
 * conference's are its free seats spread over stripes ({@link SeatStripes}), so that registrations
 * to one conference, which all need one of its seats, do not queue on one row.
 *
 * <p>A claim is made as the last step of the use case, one statement per row, so a row stays
 * locked only from the claim to the commit, never while the request is checked and worked. The
 * delegation's counter is taken first; then a single seat comes from any stripe that has one and
 * that no other claim holds ({@code SKIP LOCKED}), starting at a random stripe. Only if every
 * stripe with a seat is held does it wait, for the stripes in ascending order, the order in which
 * claims of several seats and capacity changes lock them too; seats given back go to stripe 0. So
 * two claims for the last seat meet at its row: the second waits for the first to commit and then
 * finds no seat; and no claim waits for a stripe while holding a higher one, so claims, releases
 * and capacity changes never deadlock (each transaction makes one seat claim or release).
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
     * Seats left for the delegation's next registrations, as last committed and read without a lock:
     * what a batch of them expects to find. Only a claim takes seats; this says how many to ask for.
     * A seat given back after this read goes to the next registration, as if the batch had come
     * before the release.
     */
    int left(String conferenceId, UUID delegationId) {
        Number left = (Number) entityManager.createNativeQuery("""
                        SELECT LEAST(d.seat_quota - d.seats_taken, (SELECT COALESCE(SUM(GREATEST(s.free, 0)), 0)
                                     FROM conference_seat_stripe s WHERE s.conference_id = :conference))
                        FROM delegation d WHERE d.id = :delegation""")
                .setParameter("conference", conferenceId)
                .setParameter("delegation", delegationId)
                .getSingleResult();
        return Math.max(0, left.intValue());
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
        int fromQuota = takeFromQuota(delegation.id, wanted);
        int fromCapacity = fromQuota == 0 ? 0 : takeFromStripes(conference.id, fromQuota);
        if (fromCapacity < fromQuota) {
            giveBackToQuota(delegation.id, fromQuota - fromCapacity);
        }
        return fromCapacity;
    }

    /**
     * One statement: reads the counter under the row lock, raises it as far as the quota allows,
     * returns by how much. The lock is {@code NO KEY UPDATE}, the one an {@code UPDATE} takes: it
     * does not wait for the key-share locks that inserting participants (their foreign keys) hold
     * on the same row, which a {@code FOR UPDATE} would, into a deadlock.
     */
    private int takeFromQuota(UUID delegationId, int wanted) {
        List<?> taken = entityManager.createNativeQuery("""
                        WITH before AS (SELECT id, seats_taken, seat_quota FROM delegation WHERE id = :id FOR NO KEY UPDATE)
                        UPDATE delegation d SET seats_taken = GREATEST(b.seats_taken, LEAST(b.seat_quota, b.seats_taken + :wanted))
                        FROM before b WHERE d.id = b.id
                        RETURNING d.seats_taken - b.seats_taken""")
                .setParameter("id", delegationId)
                .setParameter("wanted", wanted)
                .getResultList();
        return taken.isEmpty() ? 0 : ((Number) taken.get(0)).intValue();
    }

    private void giveBackToQuota(UUID delegationId, int count) {
        entityManager.createNativeQuery("UPDATE delegation SET seats_taken = seats_taken - :count WHERE id = :id")
                .setParameter("count", count).setParameter("id", delegationId).executeUpdate();
    }

    /** Takes up to {@code wanted} of the conference's free seats; see the class's comment for the order. */
    private int takeFromStripes(String conferenceId, int wanted) {
        if (wanted == 1) {
            int start = ThreadLocalRandom.current().nextInt(SeatStripes.COUNT);
            Taken unheld = takeFromOneStripe(conferenceId, 1, "stripe >= " + start + " DESC, stripe", -1, "SKIP LOCKED");
            if (unheld != null) {
                return 1;
            }
        }
        int taken = 0;
        int after = -1;
        while (taken < wanted) {
            Taken next = takeFromOneStripe(conferenceId, wanted - taken, "stripe", after, "");
            if (next == null) {
                break;
            }
            taken += next.seats();
            after = next.stripe();
        }
        return taken;
    }

    private record Taken(int stripe, int seats) {
    }

    /**
     * One statement: locks the first stripe in {@code order} after stripe {@code after} that has a
     * free seat, takes as many as it has up to {@code wanted}; {@code null} if there was none.
     */
    private Taken takeFromOneStripe(String conferenceId, int wanted, String order, int after, String skipLocked) {
        List<?> rows = entityManager.createNativeQuery("""
                        WITH pick AS (SELECT stripe, free FROM conference_seat_stripe
                                      WHERE conference_id = :conference AND stripe > :after AND free > 0
                                      ORDER BY %s LIMIT 1 FOR NO KEY UPDATE %s)
                        UPDATE conference_seat_stripe s SET free = s.free - LEAST(p.free, :wanted) FROM pick p
                        WHERE s.conference_id = :conference AND s.stripe = p.stripe
                        RETURNING s.stripe, LEAST(p.free, :wanted)""".formatted(order, skipLocked))
                .setParameter("conference", conferenceId)
                .setParameter("after", after)
                .setParameter("wanted", wanted)
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) rows.get(0);
        return new Taken(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
    }

    /** Gives back the seat of a registration that held one and no longer does. */
    public void release(String conferenceId, UUID delegationId) {
        giveBackToQuota(delegationId, 1);
        entityManager.createNativeQuery("UPDATE conference_seat_stripe SET free = free + 1 WHERE conference_id = :conference AND stripe = 0")
                .setParameter("conference", conferenceId).executeUpdate();
    }

    /** The stripes of a conference just stored, holding its whole capacity. */
    void open(Conference conference) {
        int[] free = SeatStripes.opened(conference.capacity);
        for (int stripe = 0; stripe < free.length; stripe++) {
            entityManager.createNativeQuery("INSERT INTO conference_seat_stripe (conference_id, stripe, free) VALUES (:conference, :stripe, :free)")
                    .setParameter("conference", conference.id).setParameter("stripe", stripe).setParameter("free", free[stripe])
                    .executeUpdate();
        }
    }

    /**
     * Moves the conference's free seats by the change of its capacity, all stripes locked in
     * ascending order; seats already held stay held (a capacity below them leaves a debt).
     */
    void capacityChanged(String conferenceId, int delta) {
        List<?> rows = entityManager.createNativeQuery(
                        "SELECT free FROM conference_seat_stripe WHERE conference_id = :conference ORDER BY stripe FOR NO KEY UPDATE")
                .setParameter("conference", conferenceId).getResultList();
        int[] free = rows.stream().mapToInt(f -> ((Number) f).intValue()).toArray();
        int[] after = SeatStripes.afterCapacityChange(free, delta);
        for (int stripe = 0; stripe < free.length; stripe++) {
            if (after[stripe] != free[stripe]) {
                entityManager.createNativeQuery("UPDATE conference_seat_stripe SET free = :free WHERE conference_id = :conference AND stripe = :stripe")
                        .setParameter("free", after[stripe]).setParameter("conference", conferenceId).setParameter("stripe", stripe)
                        .executeUpdate();
            }
        }
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
        Object[] conference = (Object[]) entityManager.createNativeQuery("SELECT c.capacity - (SELECT sum(free) FROM conference_seat_stripe s "
                        + "WHERE s.conference_id = c.id), (SELECT count(*) FROM participant p WHERE p.conference_id = c.id AND "
                        + holders + ") FROM conference c WHERE c.id = :id")
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
