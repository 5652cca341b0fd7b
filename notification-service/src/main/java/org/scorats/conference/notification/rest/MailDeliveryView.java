package org.scorats.conference.notification.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.notification.domain.DeliveryStatus;
import org.scorats.conference.notification.domain.MailMessage;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "MailDelivery")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MailDeliveryView(UUID id, UUID recipientId, String conferenceId, String email, String language,
                               String subject, DeliveryStatus status, int attempts, String lastError,
                               Instant nextAttemptAt, Instant sentAt, Instant createdAt) {

    public static MailDeliveryView of(MailMessage m) {
        return new MailDeliveryView(m.id, m.recipientId, m.conferenceId, m.email, m.language, m.subject, m.status,
                m.attempts, m.lastError, m.nextAttemptAt, m.sentAt, m.createdAt);
    }
}
