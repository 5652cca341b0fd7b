package org.scorats.conference.notification.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.notification.domain.WebhookSubscription;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * @param secret              only in the answer to the creation or a rotation, when the service generated it
 * @param previousSecretSigningUntil after a rotation, until when the replaced secret still signs beside the new one
 * @param consecutiveFailures failed attempts in a row
 * @param pausedUntil         while in the future, deliveries wait: the endpoint kept failing
 */
@Schema(name = "WebhookSubscription", example = """
        {"id": "c2f0a7a4-51a9-4df2-9a0e-3f1c9a7d2b60", "organizationCode": "CIS-ATC",
         "url": "https://sync.cisatc.example/webhooks/sco-rats",
         "eventTypes": ["org.scorats.conference.registration.participant.approved"],
         "secret": "q9V2c1mE0yq3xvQ6kS8f2Q==", "active": true, "consecutiveFailures": 0,
         "createdAt": "2024-05-20T08:00:00Z", "version": 0}""")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionView(UUID id, String organizationCode, String url, List<String> eventTypes, boolean active,
                               String secret, Instant previousSecretSigningUntil, int consecutiveFailures,
                               Instant pausedUntil, long version, Instant createdAt) {

    public static SubscriptionView of(WebhookSubscription s) {
        return new SubscriptionView(s.id, s.organizationCode, s.url, s.eventTypes, s.active, null,
                s.previousSecretSigningUntil(Instant.now()), s.consecutiveFailures, s.pausedUntil, s.version, s.createdAt);
    }

    public SubscriptionView withSecret(String shownOnce) {
        return new SubscriptionView(id, organizationCode, url, eventTypes, active, shownOnce, previousSecretSigningUntil,
                consecutiveFailures, pausedUntil, version, createdAt);
    }
}
