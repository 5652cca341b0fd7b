package org.scorats.conference.agenda.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.scorats.conference.conventions.projection.ConferenceProjection;

/** A conference's days, zone and languages, as registration-service announces them. */
@Entity
@Table(name = "conference_calendar")
public class ConferenceCalendar extends ConferenceProjection {
}
