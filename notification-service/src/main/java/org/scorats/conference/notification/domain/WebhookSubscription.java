package org.scorats.conference.notification.domain;

import org.scorats.conference.conventions.audit.Audited;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.scorats.conference.conventions.persistence.SealedText;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A partner organization's endpoint, the event types it wants, and the secret deliveries are signed with. */
@Audited(value = "webhook-subscriptions", organizationField = "organizationCode",
        omit = {"consecutiveFailures", "pausedUntil"})
@Entity
@Table(name = WebhookSubscription.TABLE)
public class WebhookSubscription extends PanacheEntityBase {

    /** Named by the statements that read or change the table directly. */
    public static final String TABLE = "webhook_subscription";

    @Id
    public UUID id;

    @Column(name = "organization_code", nullable = false)
    public String organizationCode;

    @Column(nullable = false)
    public String url;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "event_types", nullable = false)
    public List<String> eventTypes;

    /**
     * Standard Webhooks form: {@code whsec_} and the base64 key. Sealed at rest: a dump of the
     * database cannot sign deliveries. Never shown after creation.
     */
    @Convert(converter = SealedText.class)
    @Column(name = "sealed_secret")
    public String secret;

    /** The secret a rotation replaced, sealed like the current one; it signs beside it until {@link #previousSecretUntil}. */
    @Convert(converter = SealedText.class)
    @Column(name = "sealed_previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_until")
    public Instant previousSecretUntil;

    /** A secret stored before secrets were sealed, until {@code LegacySecrets} seals it at start. */
    @Column(name = "clear_secret")
    public String clearSecret;

    /** Off after the receiver answered 410 Gone, or when the partner pauses it. */
    @Column(nullable = false)
    public boolean active;

    @Version
    public long version;

    /** Failed attempts in a row; reset by a delivered one. Written by the sender, not a partner's change. */
    @Column(name = "consecutive_failures", nullable = false)
    public int consecutiveFailures;

    /** While in the future, this subscription's deliveries wait: it kept failing (circuit breaker). */
    @Column(name = "paused_until")
    public Instant pausedUntil;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /**
     * Signs with {@code next} from now on, and with the secret it replaces beside it until
     * {@code overlapEnds}: the partner's receiver can take the new secret at any moment in between
     * without refusing a delivery. A rotation during another's overlap drops the oldest secret.
     */
    public void rotateSecret(String next, Instant overlapEnds) {
        previousSecret = secret;
        previousSecretUntil = overlapEnds;
        secret = next;
    }

    /** The secrets a delivery made at {@code now} is signed with: the current one first. */
    public List<String> signingSecrets(Instant now) {
        return previousSecretSigningUntil(now) == null ? List.of(secret) : List.of(secret, previousSecret);
    }

    /** Until when the replaced secret still signs, or null when it no longer does. */
    public Instant previousSecretSigningUntil(Instant now) {
        return previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)
                ? previousSecretUntil : null;
    }
}
