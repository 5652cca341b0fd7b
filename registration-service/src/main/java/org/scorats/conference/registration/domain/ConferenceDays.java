package org.scorats.conference.registration.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** When a conference takes place: what a badge is valid for. */
public record ConferenceDays(LocalDate start, LocalDate end, ZoneId zone) {

    public static ConferenceDays of(Conference c) {
        return new ConferenceDays(c.startDate, c.endDate, c.zone());
    }

    /** A badge opens doors from the evening before the first day (arrivals, early accreditation)... */
    public Instant badgeValidFrom() {
        return start.minusDays(1).atStartOfDay(zone).toInstant();
    }

    /** ...until the last day is over, in the conference's zone. */
    public Instant over() {
        return end.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
