package org.scorats.conference.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.UUID;

/** Someone messages may go to: from registration events only. */
@Entity
public class Recipient extends PanacheEntityBase {

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "conference_id", nullable = false)
    public String conferenceId;

    @Column(name = "organization_code", nullable = false)
    public String organizationCode;

    @Column(nullable = false)
    public String email;

    /** en, zh or ru: every message to this person is written in it. */
    @Column(nullable = false)
    public String language;

    @Column(name = "given_name", nullable = false)
    public String givenName;

    @Column(name = "family_name", nullable = false)
    public String familyName;

    @Column(name = "given_name_latin", nullable = false)
    public String givenNameLatin;

    @Column(name = "family_name_latin", nullable = false)
    public String familyNameLatin;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public boolean deleted;

    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
