package org.scorats.conference.registration.domain;

import org.scorats.conference.conventions.audit.Audited;
import org.scorats.conference.conventions.persistence.SealedText;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A person in a delegation: names in their own script and in Latin letters, how to reach them,
 * how they come, and where their registration stands.
 */
@Audited(value = "participants", organizationField = "organizationCode", conferenceField = "conferenceId",
        participantField = "id")
@Entity
public class Participant extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "conference_id", nullable = false)
    public String conferenceId;

    @Column(name = "delegation_id", nullable = false)
    public UUID delegationId;

    @Column(name = "organization_code", nullable = false)
    public String organizationCode;

    /** The partner organization's own id for this person. */
    @Column(name = "external_id")
    public String externalId;

    /** The Keycloak subject of the delegate who registered themself. */
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

    public String phone;
    public String telegram;
    public String whatsapp;

    @Column(nullable = false)
    public Language language;

    @Column(nullable = false)
    public ParticipantRole role;

    @Column(nullable = false)
    public Attendance attendance;

    @Column(name = "arrival_at")
    public Instant arrivalAt;

    @Column(name = "arrival_transport")
    public Transport arrivalTransport;

    /** Flight or train number. */
    @Column(name = "arrival_reference")
    public String arrivalReference;

    @Column(name = "travel_notes")
    public String travelNotes;

    /** Arrives after the conference's deadline, which the conference accepted with a flag. */
    @Column(name = "late_arrival", nullable = false)
    public boolean lateArrival;

    @Column(name = "dietary_needs")
    public String dietaryNeeds;

    @Column(name = "accessibility_needs")
    public String accessibilityNeeds;

    @Column(name = "privacy_consent", nullable = false)
    public boolean privacyConsent;

    @Column(name = "public_listing_consent", nullable = false)
    public boolean publicListingConsent;

    @Convert(converter = SealedText.class)
    @Column(name = "passport_number")
    public String passportNumber;

    /** ISO date, sealed like the passport number. */
    @Convert(converter = SealedText.class)
    @Column(name = "date_of_birth")
    public String dateOfBirth;

    @Column(nullable = false)
    public ParticipantStatus status;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    @Version
    public long version;

    @Column(name = "sort_name", nullable = false)
    public String sortName;

    /** Names in every script and order ("张伟" as written, "Ivan Petrov" and "Petrov Ivan") and the email. */
    @Column(name = "search_text", nullable = false)
    public String searchText;

    // Stamped by a database trigger on every write, for the partner change feed; read only.
    @Column(name = "change_xid", insertable = false, updatable = false)
    public long changeXid;

    @Column(name = "change_seq", insertable = false, updatable = false)
    public long changeSeq;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @PrePersist
    @PreUpdate
    void index() {
        sortName = (familyNameLatin + " " + givenNameLatin).toLowerCase(Locale.ROOT);
        searchText = String.join(" ", familyName + givenName, givenName, familyName, givenNameLatin,
                familyNameLatin, familyNameLatin, givenNameLatin, email).toLowerCase(Locale.ROOT);
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }
}
