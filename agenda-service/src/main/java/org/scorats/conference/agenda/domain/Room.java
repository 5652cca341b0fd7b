package org.scorats.conference.agenda.domain;

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
import java.util.List;
import java.util.UUID;

/** A hall of the venue: how many it seats and into which languages it interprets. */
@Audited(value = "rooms", conferenceField = "conferenceId")
@Entity
public class Room extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "conference_id", nullable = false)
    public String conferenceId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public LocalizedText name;

    @Column(nullable = false)
    public int capacity;

    /** Languages with an interpretation channel (en, zh, ru). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> interpretation;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
