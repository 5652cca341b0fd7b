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
@Schema(name = "WebhookDelivery")
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
