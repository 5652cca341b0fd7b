package org.scorats.conference.notification.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.notification.domain.DeliveryStatus;
import org.scorats.conference.notification.domain.MailMessage;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "MailDelivery", example = """
        {"id": "e6dd031b-3584-4be8-8133-cfe4a6bbbae2", "recipientId": "b138d10a-ca06-4cda-99bf-a7928eab7f22",
         "conferenceId": "sco-rats-2024", "email": "delegate-zh@conference.example", "language": "zh",
         "subject": "已收到您的报名：上合组织地区反恐怖机构第十届国际科学与实践会议：打击恐怖主义国际合作", "status": "sent", "attempts": 1,
         "nextAttemptAt": "2026-12-03T07:18:27.029498Z", "sentAt": "2026-12-03T07:18:27.143984Z",
         "createdAt": "2026-12-03T07:18:27.029498Z"}""")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MailDeliveryView(UUID id, UUID recipientId, String conferenceId, String email, String language,
                               String subject, DeliveryStatus status, int attempts, String lastError,
                               Instant nextAttemptAt, Instant sentAt, Instant createdAt) {

    public static MailDeliveryView of(MailMessage m) {
        return new MailDeliveryView(m.id, m.recipientId, m.conferenceId, m.email, m.language, m.subject, m.status,
                m.attempts, m.lastError, m.nextAttemptAt, m.sentAt, m.createdAt);
    }
}
