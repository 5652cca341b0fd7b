package org.scorats.conference.notification.domain;

import org.scorats.conference.conventions.audit.Audited;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One thing a person is told: an item of their inbox, and part of the next mail to them. */
@Audited(value = "inbox-notices", conferenceField = "conferenceId", participantField = "recipientId")
@Entity
public class Notice extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The participant told. */
    @Column(name = "recipient_id", nullable = false)
    public UUID recipientId;

    @Column(name = "conference_id", nullable = false)
    public String conferenceId;

    @Column(nullable = false)
    public NoticeKind kind;

    /** What the notice is about: a reason, the program changes; rendered in the reader's language. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> data;

    /** The event that caused it. */
    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;

    /** The mail it went out in; null until its burst is over. */
    @Column(name = "message_id")
    public UUID messageId;
}
