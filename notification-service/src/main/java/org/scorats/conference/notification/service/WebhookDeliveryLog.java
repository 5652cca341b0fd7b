package org.scorats.conference.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.scorats.conference.conventions.paging.NewestFirst;
import org.scorats.conference.conventions.paging.Page;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.notification.domain.WebhookAttempt;
import org.scorats.conference.notification.domain.WebhookDelivery;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a partner may see and ask of its deliveries; another organization's are not confirmed to exist. */
@ApplicationScoped
@Transactional
public class WebhookDeliveryLog {

    /** A delivery with every attempt made, oldest first. */
    public record Entry(WebhookDelivery delivery, List<WebhookAttempt> attempts) {
    }

    private final EntityManager entityManager;
    private final SubscriptionService subscriptions;
    private final WebhookQueue queue;

    WebhookDeliveryLog(EntityManager entityManager, SubscriptionService subscriptions, WebhookQueue queue) {
        this.entityManager = entityManager;
        this.subscriptions = subscriptions;
        this.queue = queue;
    }

    /** Refuses a subscription the caller may not see as unknown. */
    public Page<Entry> ofSubscription(UUID subscriptionId, PageRequest request) {
        subscriptions.get(subscriptionId);
        return NewestFirst.page(entityManager, WebhookDelivery.class, "subscriptionId = :subscription",
                Map.of("subscription", subscriptionId), request, d -> d.createdAt).map(this::entry);
    }

    public Entry redeliver(UUID id) {
        WebhookDelivery delivery = entityManager.find(WebhookDelivery.class, id);
        if (delivery == null) {
            throw ProblemException.notFound("Webhook delivery", id);
        }
        subscriptions.get(delivery.subscriptionId); // refuses deliveries of other organizations as unknown
        queue.redeliver(delivery);
        return entry(delivery);
    }

    private Entry entry(WebhookDelivery delivery) {
        return new Entry(delivery, entityManager.createQuery(
                        "FROM WebhookAttempt WHERE deliveryId = :delivery ORDER BY id", WebhookAttempt.class)
                .setParameter("delivery", delivery.id).getResultList());
    }
}
