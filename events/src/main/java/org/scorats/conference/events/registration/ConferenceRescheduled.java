package org.scorats.conference.events.registration;

import java.time.LocalDate;

/**
 * A conference moved to other days or another time zone, with what it was before: everyone
 * registered must rethink their journey. Published right after the conference's
 * {@code conference.updated}, which carries the rest of the conference.
 */
public record ConferenceRescheduled(String conferenceId, LocalDate previousStartDate, LocalDate previousEndDate,
                                    String previousTimeZone, LocalDate startDate, LocalDate endDate, String timeZone,
                                    long version) {
}
