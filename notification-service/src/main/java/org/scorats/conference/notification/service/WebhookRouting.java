package org.scorats.conference.notification.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.scorats.conference.conventions.inbox.IncomingEvent;
import org.scorats.conference.notification.domain.DeliveryStatus;
import org.scorats.conference.notification.domain.WebhookDelivery;
import org.scorats.conference.notification.domain.WebhookSubscription;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Who receives what: each event becomes a delivery for every active subscription of its audience
 * that wants its type. An organization's events go only to that organization's partner; conference
 * and program events, which are public, to every subscriber.
 */
@ApplicationScoped
public class WebhookRouting {

    /** The partners an event may go to: one organization's, or everyone's for public events. */
    public record Audience(String organizationCode) {

        public static final Audience EVERYONE = new Audience(null);

        public static Audience of(String organizationCode) {
            return new Audience(organizationCode);
        }

        boolean includes(WebhookSubscription subscription) {
            return organizationCode == null || organizationCode.equals(subscription.organizationCode);
        }
    }

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final WebhookQueue queue;

    WebhookRouting(EntityManager entityManager, ObjectMapper json, WebhookQueue queue) {
        this.entityManager = entityManager;
        this.json = json;
        this.queue = queue;
    }

    /** Queues the event for its subscribers; call in the consumer's transaction, which sends them once it commits. */
    public void fanOut(IncomingEvent event, Audience audience) {
        List<WebhookSubscription> subscribers = entityManager
                .createQuery("FROM WebhookSubscription WHERE active = true", WebhookSubscription.class)
                .getResultStream()
                .filter(s -> audience.includes(s) && s.eventTypes.contains(event.type()))
                .toList();
        if (subscribers.isEmpty()) {
            return;
        }
        String body = CloudEventEnvelope.of(event, json);
        for (WebhookSubscription subscription : subscribers) {
            WebhookDelivery delivery = new WebhookDelivery();
            delivery.id = UUID.randomUUID();
            delivery.subscriptionId = subscription.id;
            delivery.organizationCode = subscription.organizationCode;
            delivery.eventId = event.id();
            delivery.eventType = event.type();
            delivery.body = body;
            delivery.status = DeliveryStatus.PENDING;
            delivery.nextAttemptAt = Instant.now();
            delivery.createdAt = delivery.nextAttemptAt;
            entityManager.persist(delivery);
        }
        queue.wakeAfterCommit();
    }
}
