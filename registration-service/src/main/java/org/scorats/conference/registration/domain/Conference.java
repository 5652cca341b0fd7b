package org.scorats.conference.registration.domain;

import org.scorats.conference.conventions.audit.Audited;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.scorats.conference.conventions.i18n.LocalizedText;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** One yearly edition, e.g. {@code sco-rats-2024}: two days in Tashkent for about 200 participants. */
@Audited(value = "conferences", conferenceField = "id")
@Entity
public class Conference extends PanacheEntityBase {

    @Id
    public String id;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public LocalizedText name;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public LocalizedText venue;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Language> languages;

    @Column(nullable = false)
    public int capacity;

    @Column(name = "arrival_deadline", nullable = false)
    public Instant arrivalDeadline;

    @Column(name = "late_arrival_policy", nullable = false)
    public LateArrivalPolicy lateArrivalPolicy;

    @Column(name = "registration_opens_at", nullable = false)
    public Instant registrationOpensAt;

    @Column(name = "registration_closes_at", nullable = false)
    public Instant registrationClosesAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Contacts contacts;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public boolean isRegistrationOpen(Instant at) {
        return !at.isBefore(registrationOpensAt) && at.isBefore(registrationClosesAt);
    }

    public boolean isLate(Instant arrival) {
        return arrival != null && arrival.isAfter(arrivalDeadline);
    }
}
