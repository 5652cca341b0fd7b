package org.scorats.conference.agenda.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.scorats.conference.agenda.domain.ConferenceCalendar;
import org.scorats.conference.conventions.problem.ProblemException;

@ApplicationScoped
public class CalendarRepository implements PanacheRepositoryBase<ConferenceCalendar, String> {

    /** Known once registration-service announced the conference. */
    public ConferenceCalendar require(String conferenceId) {
        return findByIdOptional(conferenceId).orElseThrow(() -> unknown(conferenceId));
    }

    /**
     * The calendar, locked until the transaction ends. Schedule rules are checked against what is
     * stored, then the change is written: two edits of one conference's program checked side by side
     * would each find the room or the speaker free and both be written. Holding this lock, they take
     * turns (program edits are an organizer's, rare enough for that).
     */
    public ConferenceCalendar requireForScheduling(String conferenceId) {
        return findByIdOptional(conferenceId, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> unknown(conferenceId));
    }

    private static ProblemException unknown(String conferenceId) {
        return new ProblemException(404, "conference-unknown", "Not found",
                "Conference " + conferenceId + " is not known to the agenda (yet)", null, null);
    }
}
