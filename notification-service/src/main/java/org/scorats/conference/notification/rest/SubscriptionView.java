package org.scorats.conference.notification.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.notification.domain.WebhookSubscription;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * @param secret              only in the answer to the creation, when the service generated it
 * @param consecutiveFailures failed attempts in a row
 * @param pausedUntil         while in the future, deliveries wait: the endpoint kept failing
 */
@Schema(name = "WebhookSubscription")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionView(UUID id, String organizationCode, String url, List<String> eventTypes, boolean active,
                               String secret, int consecutiveFailures, Instant pausedUntil, long version,
                               Instant createdAt) {

    public static SubscriptionView of(WebhookSubscription s) {
        return new SubscriptionView(s.id, s.organizationCode, s.url, s.eventTypes, s.active, null, s.consecutiveFailures,
                s.pausedUntil, s.version, s.createdAt);
    }

    public SubscriptionView withSecret(String shownOnce) {
        return new SubscriptionView(id, organizationCode, url, eventTypes, active, shownOnce, consecutiveFailures,
                pausedUntil, version, createdAt);
    }
}
