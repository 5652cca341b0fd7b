package org.scorats.conference.registration.domain;

import org.scorats.conference.conventions.audit.Audited;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.scorats.conference.conventions.persistence.SealedText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A request for a visa invitation letter, and once organizers approve it, the letter: the passport
 * data it states (sealed at rest), the embassy or consulate applied at, the travel dates.
 */
@Audited(value = "visa-letters", conferenceField = "conferenceId", participantField = "participantId")
@Entity
@Table(name = "visa_letter")
public class VisaLetter extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "conference_id", nullable = false)
    public String conferenceId;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Column(nullable = false)
    public VisaLetterStatus status;

    /** ISO 3166 alpha-2. */
    @Column(nullable = false)
    public String nationality;

    @Convert(converter = SealedText.class)
    @Column(name = "passport_number", nullable = false)
    public String passportNumber;

    /** ISO date, sealed like the number. */
    @Convert(converter = SealedText.class)
    @Column(name = "passport_expiry")
    public String passportExpiry;

    @Column(nullable = false)
    public String embassy;

    @Column(name = "travel_from", nullable = false)
    public LocalDate travelFrom;

    @Column(name = "travel_until", nullable = false)
    public LocalDate travelUntil;

    /** en, zh or ru: the applicant's, unless the organizer chose another working language. */
    @Column(nullable = false)
    public Language language;

    /** The issued letter's reference; null until issued. */
    public String reference;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public Instant createdAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    /** Why it was refused or revoked. */
    public String reason;

    /**
     * Set when the platform refused or revoked it on its own ({@code withdrawn}, {@code rejected},
     * {@code waitlisted}, {@code deleted}, {@code remote}, {@code conference-moved}), so that mails
     * and clients can word the reason in their reader's language; null for an organizer's own words.
     */
    @Column(name = "reason_code")
    public String reasonCode;

    @Version
    public long version;
}
