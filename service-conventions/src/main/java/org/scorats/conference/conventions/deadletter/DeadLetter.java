package org.scorats.conference.conventions.deadletter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A record a consumer could never apply, as it arrived, with why; see {@link DeadLetters}. */
@Entity
@Table(name = "dead_letter")
public class DeadLetter {

    public static final String WAITING = "waiting";
    public static final String REPLAYED = "replayed";

    @Id
    public UUID id;

    /** The incoming channel that received it, e.g. {@code registration-events}. */
    @Column(nullable = false)
    public String channel;

    @Column(nullable = false)
    public String topic;

    @Column(name = "kafka_partition", nullable = false)
    public int partition;

    @Column(name = "kafka_offset", nullable = false)
    public long offset;

    @Column(name = "record_key")
    public String key;

    /** The record's headers as text (CloudEvents attributes among them). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> headers;

    public String payload;

    @Column(name = "event_id")
    public String eventId;

    @Column(name = "event_type")
    public String eventType;

    @Column(nullable = false)
    public String reason;

    /** waiting, or replayed once a replay applied it. */
    @Column(nullable = false)
    public String status;

    @Column(name = "failed_at", nullable = false)
    public Instant failedAt;

    @Column(name = "replayed_at")
    public Instant replayedAt;

    /** Why the last replay failed too; null if none did. */
    @Column(name = "replay_error")
    public String replayError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
