package org.scorats.conference.agenda.domain;

import org.scorats.conference.conventions.audit.Audited;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.scorats.conference.conventions.i18n.LocalizedText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A talk within a session: its own time inside the session's, its speakers, its language. */
@Audited(value = "talks", conferenceField = "conferenceId")
@Entity
public class Talk extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "conference_id", nullable = false)
    public String conferenceId;

    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public LocalizedText title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "abstract")
    public LocalizedText summary;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    /** The language it is given in. */
    @Column(nullable = false)
    public String language;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "talk_speaker", joinColumns = @JoinColumn(name = "talk_id"))
    @OrderColumn(name = "position")
    @Column(name = "speaker_id")
    public List<UUID> speakerIds = new ArrayList<>();

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
