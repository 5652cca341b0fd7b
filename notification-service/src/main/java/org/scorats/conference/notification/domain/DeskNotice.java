package org.scorats.conference.notification.domain;

import org.scorats.conference.conventions.audit.Audited;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Something a desk of the organizers is told, e.g. the logistics desk that a flight changed. */
@Audited(value = "desk-notices", conferenceField = "conferenceId", participantField = "participantId")
@Entity
@Table(name = "desk_notice")
public class DeskNotice extends PanacheEntityBase {

    public static final String LOGISTICS = "logistics";

    @Id
    public UUID id;

    @Column(name = "conference_id", nullable = false)
    public String conferenceId;

    @Column(nullable = false)
    public String desk;

    @Column(nullable = false)
    public String kind;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    /** The change as the event carried it: names, before and after. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> data;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
