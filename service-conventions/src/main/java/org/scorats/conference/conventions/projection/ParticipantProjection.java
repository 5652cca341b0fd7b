package org.scorats.conference.conventions.projection;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.scorats.conference.conventions.persistence.StoredTime;
import org.scorats.conference.events.registration.ParticipantSnapshot;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A participant as a consuming service knows them, kept from registration events only. Each
 * service maps it to a table of its own (agenda's directory, notification's recipients) with the
 * columns below. Fields are written only by {@link #take}; plain JPA rather than Panache, so that
 * code outside the application (the shared contract tests) can read them too.
 */
@MappedSuperclass
public abstract class ParticipantProjection {

    /** Statuses of a registration that is over; with a deleted one, those no longer taking part. */
    public static final Set<String> ENDED = Set.of("withdrawn", "rejected");

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "conference_id", nullable = false)
    public String conferenceId;

    @Column(name = "organization_code", nullable = false)
    public String organizationCode;

    /** The delegate's Keycloak subject, for "my" reads; null for people registered by others. */
    @Column(name = "account_subject")
    public String accountSubject;

    @Column(name = "given_name", nullable = false)
    public String givenName;

    @Column(name = "family_name", nullable = false)
    public String familyName;

    @Column(name = "given_name_latin", nullable = false)
    public String givenNameLatin;

    @Column(name = "family_name_latin", nullable = false)
    public String familyNameLatin;

    @Column(nullable = false)
    public String email;

    /** en, zh or ru. */
    @Column(nullable = false)
    public String language;

    @Column(nullable = false)
    public String role;

    @Column(nullable = false)
    public String attendance;

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

    /** Still coming: neither deleted nor withdrawn or rejected. */
    public boolean takingPart() {
        return !deleted && !ENDED.contains(status);
    }

    void take(ParticipantSnapshot p, boolean isDeleted) {
        participantId = p.id();
        conferenceId = p.conferenceId();
        organizationCode = p.organizationCode();
        accountSubject = p.accountSubject();
        givenName = p.givenName();
        familyName = p.familyName();
        givenNameLatin = p.givenNameLatin();
        familyNameLatin = p.familyNameLatin();
        email = p.email();
        language = p.language();
        role = p.role();
        attendance = p.attendance();
        status = p.status();
        listedPublicly = p.listedPublicly();
        deleted = isDeleted;
        version = p.version();
        updatedAt = StoredTime.now();
    }
}
