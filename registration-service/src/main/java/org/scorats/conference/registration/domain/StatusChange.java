package org.scorats.conference.registration.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One step in a registration's history: who moved it from which status to which, when and why. */
@Entity
@Table(name = "participant_status_change")
public class StatusChange extends PanacheEntityBase {

    /**
     * From a sequence handed out 50 at a time, so that a batch's changes are inserted in JDBC
     * batches (an identity column costs one round trip each). Ids of one instance ascend; the
     * history is ordered by time first, because two instances' blocks interleave.
     */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "participant_status_change_id")
    @SequenceGenerator(name = "participant_status_change_id", sequenceName = "participant_status_change_id_seq",
            allocationSize = 50)
    public Long id;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    /** Null for the first status a registration gets. */
    @Column(name = "from_status")
    public ParticipantStatus fromStatus;

    @Column(name = "to_status", nullable = false)
    public ParticipantStatus toStatus;

    public String reason;

    @Column(name = "actor_subject", nullable = false)
    public String actorSubject;

    @Column(name = "actor_role", nullable = false)
    public String actorRole;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
