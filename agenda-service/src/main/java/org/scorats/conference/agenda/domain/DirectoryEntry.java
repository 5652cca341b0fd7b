package org.scorats.conference.agenda.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A registered participant as this service knows them: from registration events only. */
@Entity
@Table(name = "participant_directory")
public class DirectoryEntry extends PanacheEntityBase {

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "conference_id", nullable = false)
    public String conferenceId;

    @Column(name = "organization_code", nullable = false)
    public String organizationCode;

    @Column(name = "given_name", nullable = false)
    public String givenName;

    @Column(name = "family_name", nullable = false)
    public String familyName;

    @Column(name = "given_name_latin", nullable = false)
    public String givenNameLatin;

    @Column(name = "family_name_latin", nullable = false)
    public String familyNameLatin;

    @Column(nullable = false)
    public String language;

    @Column(nullable = false)
    public String role;

    @Column(nullable = false)
    public String status;

    @Column(name = "listed_publicly", nullable = false)
    public boolean listedPublicly;

    @Column(nullable = false)
    public boolean deleted;

    /** The participant's version in registration-service. */
    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
