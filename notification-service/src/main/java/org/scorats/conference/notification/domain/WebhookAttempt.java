package org.scorats.conference.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One try at delivering: when, what the receiver answered or what went wrong, how long it took. */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "delivery_id", nullable = false)
    public UUID deliveryId;

    @Column(name = "attempted_at", nullable = false)
    public Instant attemptedAt;

    @Column(name = "status_code")
    public Integer statusCode;

    public String error;

    @Column(name = "duration_ms", nullable = false)
    public int durationMs;
}
