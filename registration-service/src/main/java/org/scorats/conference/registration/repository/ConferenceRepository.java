package org.scorats.conference.registration.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.scorats.conference.conventions.paging.Cursor;
import org.scorats.conference.conventions.paging.Page;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.paging.SortKeys;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.registration.domain.Conference;
import org.scorats.conference.registration.domain.ConferenceDays;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

@ApplicationScoped
public class ConferenceRepository implements PanacheRepositoryBase<Conference, String> {

    private static final SortKeys BY_ID = SortKeys.of(String.class);

    public Conference require(String id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Conference", id));
    }

    /**
     * Holds the conference's days as they are until this transaction ends, and reads them afresh:
     * a move of the conference ({@link #lockDaysForMove}) waits for this transaction, or this one
     * for the move's commit, so what is issued for the days here is either seen by the move or made
     * after it, never for days that no longer are. A shared advisory lock: holders do not wait for
     * each other, and it writes nothing.
     */
    public ConferenceDays holdDays(String id) {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock_shared(hashtext('conference-days:' || :c))")
                .setParameter("c", id).getSingleResult();
        // A query, not the session's copy, which may have been read before the lock.
        Object[] days = getEntityManager().createQuery("SELECT c.startDate, c.endDate, c.timeZone FROM Conference c "
                + "WHERE c.id = :id", Object[].class).setParameter("id", id).getSingleResult();
        return new ConferenceDays((LocalDate) days[0], (LocalDate) days[1], ZoneId.of((String) days[2]));
    }

    /** Taken by a change of the conference's days or zone before it touches what was issued for them. */
    public void lockDaysForMove(String id) {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('conference-days:' || :c))")
                .setParameter("c", id).getSingleResult();
    }

    public Page<Conference> page(PageRequest request) {
        Cursor after = BY_ID.after(request);
        var query = after == null ? find("ORDER BY id") : find("id > ?1 ORDER BY id", after.key(0));
        return BY_ID.page(query.page(0, request.lookahead()).list(), request, c -> List.of(c.id));
    }
}
