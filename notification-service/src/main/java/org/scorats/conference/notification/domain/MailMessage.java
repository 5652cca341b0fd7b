package org.scorats.conference.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** An email: the notices of one burst, to one person, in their language, and how sending went. */
@Entity
@Table(name = "mail_message")
public class MailMessage extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "recipient_id", nullable = false)
    public UUID recipientId;

    @Column(name = "conference_id", nullable = false)
    public String conferenceId;

    @Column(nullable = false)
    public String email;

    @Column(nullable = false)
    public String language;

    public String subject;

    @Column(nullable = false)
    public DeliveryStatus status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
