package org.scorats.conference.agenda.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.scorats.conference.conventions.audit.Audited;

import java.time.Instant;
import java.util.UUID;

/** One participant's view of one session they attended: a rating and, if they wish, a comment. */
@Audited(value = "session-feedback", conferenceField = "conferenceId", participantField = "participantId")
@Entity
@Table(name = "session_feedback")
public class SessionFeedback extends PanacheEntityBase {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    @Id
    public UUID id;

    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    @Column(name = "conference_id", nullable = false)
    public String conferenceId;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    /** Whose it is, for "mine"; never shown to the organizers with the comment. */
    @Column(name = "account_subject", nullable = false)
    public String accountSubject;

    /** 1 (poor) to 5 (excellent). */
    @Column(nullable = false)
    public int rating;

    public String comment;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** When it was given or last changed: comments are listed newest first by it. */
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
