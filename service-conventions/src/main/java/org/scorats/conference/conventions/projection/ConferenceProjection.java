package org.scorats.conference.conventions.projection;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.scorats.conference.conventions.persistence.StoredTime;
import org.scorats.conference.events.registration.ConferenceSnapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A conference as a consuming service knows it, kept from registration events only: its days,
 * zone and languages (agenda), its venue, arrival deadline and contacts (notifications). Fields
 * are written only by {@link #take}.
 */
@MappedSuperclass
public abstract class ConferenceProjection {

    @Id
    @Column(name = "conference_id")
    public String conferenceId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> name;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> languages;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> venue;

    @Column(name = "arrival_deadline", nullable = false)
    public Instant arrivalDeadline;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public ConferenceSnapshot.Contacts contacts;

    /** The conference's version in registration-service. */
    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    void take(ConferenceSnapshot c) {
        conferenceId = c.id();
        name = c.name();
        startDate = c.startDate();
        endDate = c.endDate();
        timeZone = c.timeZone();
        languages = c.languages();
        venue = c.venue();
        arrivalDeadline = c.arrivalDeadline().toInstant();
        contacts = c.contacts();
        version = c.version();
        updatedAt = StoredTime.now();
    }
}
