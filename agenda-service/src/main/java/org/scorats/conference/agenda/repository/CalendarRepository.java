package org.scorats.conference.agenda.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.scorats.conference.agenda.domain.ConferenceCalendar;
import org.scorats.conference.conventions.problem.ProblemException;

@ApplicationScoped
public class CalendarRepository implements PanacheRepositoryBase<ConferenceCalendar, String> {

    /** Known once registration-service announced the conference. */
    public ConferenceCalendar require(String conferenceId) {
        return findByIdOptional(conferenceId).orElseThrow(() -> new ProblemException(404, "conference-unknown",
                "Not found", "Conference " + conferenceId + " is not known to the agenda (yet)", null, null));
    }
}
