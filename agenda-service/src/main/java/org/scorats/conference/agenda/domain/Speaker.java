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
import java.util.UUID;

/**
 * Someone who speaks or chairs: a registered participant (names, organization and language come
 * from the participant directory) or a guest not yet registered, named here.
 */
@Audited(value = "speakers", conferenceField = "conferenceId", participantField = "participantId")
@Entity
public class Speaker extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "conference_id", nullable = false)
    public String conferenceId;

    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "given_name")
    public String givenName;

    @Column(name = "family_name")
    public String familyName;

    @Column(name = "given_name_latin")
    public String givenNameLatin;

    @Column(name = "family_name_latin")
    public String familyNameLatin;

    /** For guests: the organization they come from, as it should be printed. */
    public String affiliation;

    @JdbcTypeCode(SqlTypes.JSON)
    public LocalizedText biography;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
