package org.scorats.conference.registration.domain;

import org.scorats.conference.conventions.audit.Audited;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** An organization's group at one conference, with its seat quota and its head (focal point). */
@Audited(value = "delegations", organizationField = "organizationCode", conferenceField = "conferenceId")
@Entity
public class Delegation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "conference_id", nullable = false)
    public String conferenceId;

    @Column(name = "organization_code", nullable = false)
    public String organizationCode;

    @Column(name = "head_participant_id")
    public UUID headParticipantId;

    @Column(name = "seat_quota", nullable = false)
    public int seatQuota;

    /** SHA-256 of the invitation code that lets people register themselves; none: nobody may. */
    @Column(name = "invitation_digest")
    public byte[] invitationDigest;

    @Column(name = "invitation_issued_at")
    public Instant invitationIssuedAt;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Whether someone holding {@code code} may register themself into this delegation. */
    public boolean admits(String code) {
        return InvitationCode.matches(invitationDigest, code);
    }
}
