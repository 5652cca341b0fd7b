package org.scorats.conference.notification.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.notification.domain.DeliveryStatus;
import org.scorats.conference.notification.domain.WebhookDelivery;
import org.scorats.conference.notification.service.WebhookDeliveryLog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A delivery to a partner's endpoint with every attempt made. */
@Schema(name = "WebhookDelivery", example = """
        {"id": "5d1c8e0b-2f7e-4b7a-9f55-0d6c1a2b3c4d", "subscriptionId": "c2f0a7a4-51a9-4df2-9a0e-3f1c9a7d2b60",
         "eventId": "7f9e2c1a-4b3d-4e5f-8a9b-0c1d2e3f4a5b",
         "eventType": "org.scorats.conference.registration.participant.approved", "status": "sent",
         "attempts": 2, "lastStatus": 200, "createdAt": "2024-06-05T10:02:14Z",
         "deliveredAt": "2024-06-05T10:02:45Z",
         "history": [{"attemptedAt": "2024-06-05T10:02:14Z", "statusCode": 503, "durationMs": 212,
                      "error": "HTTP 503"},
                     {"attemptedAt": "2024-06-05T10:02:45Z", "statusCode": 200, "durationMs": 87}]}""")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookDeliveryView(UUID id, UUID subscriptionId, String eventId, String eventType, DeliveryStatus status,
                                  int attempts, Integer lastStatus, String lastError, Instant nextAttemptAt,
                                  Instant createdAt, Instant deliveredAt, List<Attempt> history) {

    @Schema(name = "WebhookAttempt")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Attempt(Instant attemptedAt, Integer statusCode, String error, int durationMs) {
    }

    public static WebhookDeliveryView of(WebhookDeliveryLog.Entry entry) {
        WebhookDelivery d = entry.delivery();
        return new WebhookDeliveryView(d.id, d.subscriptionId, d.eventId, d.eventType, d.status, d.attempts, d.lastStatus,
                d.lastError, d.nextAttemptAt, d.createdAt, d.deliveredAt, entry.attempts().stream()
                .map(a -> new Attempt(a.attemptedAt, a.statusCode, a.error, a.durationMs)).toList());
    }
}
