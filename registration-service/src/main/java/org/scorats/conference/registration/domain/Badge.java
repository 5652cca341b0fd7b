package org.scorats.conference.registration.domain;

import org.scorats.conference.conventions.audit.Audited;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.UUID;

/**
 * A participant's badge: a signed token naming them, printed as a QR code, with a short code door
 * staff can type. Revoked, never changed: a reissue is a new badge.
 */
@Audited(value = "badges", conferenceField = "conferenceId", participantField = "participantId", omit = "token")
@Entity
public class Badge extends PanacheEntityBase {

    /** Ten characters, 50 random bits: also the token's {@code jti}. */
    @Id
    public String code;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Column(name = "conference_id", nullable = false)
    public String conferenceId;

    @Column(nullable = false)
    public String kid;

    @Column(nullable = false)
    public String token;

    @Column(name = "valid_from", nullable = false)
    public Instant validFrom;

    @Column(name = "valid_until", nullable = false)
    public Instant validUntil;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_reason")
    public String revokedReason;

    public static String newCode() {
        return ReadableCodes.random(10);
    }

    /**
     * A code as typed at a door: any case, with or without the dashes and spaces it is printed
     * with, Crockford's look-alikes (O, I, L) read as digits.
     */
    public static String normalize(String typed) {
        return typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
    }

    /** As printed under the QR code: {@code K7Q2-M9XD-3F}. */
    public String printedCode() {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
