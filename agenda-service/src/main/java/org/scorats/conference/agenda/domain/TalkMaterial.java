package org.scorats.conference.agenda.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.scorats.conference.conventions.audit.Audited;

import java.time.Instant;
import java.util.UUID;

/**
 * A file a speaker brings to their talk: slides, a paper. Public once the talk is in the published
 * program; its bytes are kept in {@code talk_material_content}, read only when it is downloaded.
 */
@Audited(value = "talk-materials", conferenceField = "conferenceId")
@Entity
@Table(name = "talk_material")
public class TalkMaterial extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "talk_id", nullable = false)
    public UUID talkId;

    @Column(name = "conference_id", nullable = false)
    public String conferenceId;

    /** What it is, as the speaker calls it ("Slides", "Paper"). */
    @Column(nullable = false)
    public String title;

    /** The name it is downloaded under. */
    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(nullable = false)
    public long size;

    /** Hex SHA-256 of the bytes: the download's ETag, and a check for whoever mirrors it. */
    @Column(nullable = false)
    public String sha256;

    /** The account that uploaded it: an organizer, or the speaker. */
    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
