package org.scorats.conference.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.scorats.conference.conventions.paging.NewestFirst;
import org.scorats.conference.conventions.paging.Page;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.notification.domain.WebhookAttempt;
import org.scorats.conference.notification.domain.WebhookDelivery;
import org.scorats.conference.notification.rest.WebhookDeliveryView;

import java.util.Map;
import java.util.UUID;

/** What a partner may see and ask of its deliveries; another organization's are not confirmed to exist. */
@ApplicationScoped
public class DeliveryService {

    private final EntityManager entityManager;
    private final SubscriptionService subscriptions;
    private final Webhooks webhooks;

    DeliveryService(EntityManager entityManager, SubscriptionService subscriptions, Webhooks webhooks) {
        this.entityManager = entityManager;
        this.subscriptions = subscriptions;
        this.webhooks = webhooks;
    }

    /** The caller may see the subscription: checked by the caller of this method. */
    public Page<WebhookDeliveryView> ofSubscription(UUID subscriptionId, PageRequest request) {
        return NewestFirst.page(entityManager, WebhookDelivery.class, "subscriptionId = :subscription",
                Map.of("subscription", subscriptionId), request, d -> d.createdAt).map(this::view);
    }

    public WebhookDeliveryView redeliver(UUID id) {
        WebhookDelivery delivery = entityManager.find(WebhookDelivery.class, id);
        if (delivery == null) {
            throw ProblemException.notFound("Webhook delivery", id);
        }
        subscriptions.get(delivery.subscriptionId); // refuses deliveries of other organizations as unknown
        return view(webhooks.redeliver(delivery));
    }

    private WebhookDeliveryView view(WebhookDelivery delivery) {
        return WebhookDeliveryView.of(delivery, entityManager.createQuery(
                        "FROM WebhookAttempt WHERE deliveryId = :delivery ORDER BY id", WebhookAttempt.class)
                .setParameter("delivery", delivery.id).getResultList());
    }
}
