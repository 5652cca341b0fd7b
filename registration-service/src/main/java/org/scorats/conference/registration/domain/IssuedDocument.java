package org.scorats.conference.registration.domain;

import org.scorats.conference.conventions.audit.Audited;
import org.scorats.conference.conventions.persistence.StoredTime;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * A document the platform issued (an invitation letter, a certificate of attendance), by the
 * reference printed on it: what the public verification may say about it, nothing more.
 */
@Audited(value = "documents", conferenceField = "conferenceId", participantField = "participantId")
@Entity
@Table(name = "issued_document")
public class IssuedDocument extends PanacheEntityBase {

    public static final String VISA_LETTER = "visa-letter";
    public static final String ATTENDANCE_CERTIFICATE = "attendance-certificate";

    /** {@code SCO-RATS-2024-VL-7K3M9QX2}: the conference, the kind, eight random characters. */
    @Id
    public String reference;

    @Column(nullable = false)
    public String kind;

    @Column(name = "conference_id", nullable = false)
    public String conferenceId;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    /** The holder's name in Latin letters, as the document prints it. */
    @Column(name = "holder_latin", nullable = false)
    public String holderLatin;

    /** A letter's travel dates; a certificate's first and last day attended. */
    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_until")
    public LocalDate validUntil;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_reason")
    public String revokedReason;

    public static IssuedDocument issue(String kind, Participant p, LocalDate from, LocalDate until) {
        IssuedDocument d = new IssuedDocument();
        d.reference = p.conferenceId.toUpperCase(Locale.ROOT) + (kind.equals(VISA_LETTER) ? "-VL-" : "-AC-")
                + ReadableCodes.random(8);
        d.kind = kind;
        d.conferenceId = p.conferenceId;
        d.participantId = p.id;
        d.holderLatin = BadgeDesign.latinName(p);
        d.validFrom = from;
        d.validUntil = until;
        d.issuedAt = StoredTime.now();
        return d;
    }

    /** Withdrawn for good: the public verification answers {@code revoked} from now on. */
    public void revoke(String reason) {
        revokedAt = StoredTime.now();
        revokedReason = reason;
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public DocumentStatus status() {
        return revoked() ? DocumentStatus.REVOKED : DocumentStatus.VALID;
    }
}
