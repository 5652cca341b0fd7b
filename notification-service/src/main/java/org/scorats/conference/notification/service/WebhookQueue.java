package org.scorats.conference.notification.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.scorats.conference.conventions.work.DueWork;
import org.scorats.conference.conventions.work.DueWorker;
import org.scorats.conference.conventions.work.DueWorkers;
import org.scorats.conference.notification.config.WebhookConfig;
import org.scorats.conference.notification.domain.DeliveryStatus;
import org.scorats.conference.notification.domain.WebhookAttempt;
import org.scorats.conference.notification.domain.WebhookDelivery;
import org.scorats.conference.notification.domain.WebhookSubscription;

import java.time.Instant;
import java.util.List;

/**
 * Webhook deliveries waiting to be sent. 2xx delivers; 410 Gone switches the subscription off;
 * anything else, or no answer in time, is tried again after 1, 2, 4... times
 * {@code notification.webhooks.retry-after}, until {@code max-attempts}. Every attempt is kept.
 * Each delivery is claimed in a transaction of its own (SKIP LOCKED).
 */
@ApplicationScoped
public class WebhookQueue implements DueWork<WebhookDelivery> {

    private static final Logger LOG = Logger.getLogger(WebhookQueue.class);

    private final EntityManager entityManager;
    private final WebhookSender sender;
    private final WebhookConfig config;
    private final RetryPolicy retries;
    private final DueWorkers workers;
    private DueWorker<WebhookDelivery> worker;

    WebhookQueue(EntityManager entityManager, WebhookSender sender, WebhookConfig config, DueWorkers workers) {
        this.entityManager = entityManager;
        this.sender = sender;
        this.config = config;
        this.workers = workers;
        this.retries = new RetryPolicy(config.retryAfter(), config.maxAttempts());
    }

    void start(@Observes StartupEvent startup) {
        worker = workers.start(new DueWorker.Settings("webhook-queue", config.pollInterval(), 1,
                config.timeout().multipliedBy(3)), this);
    }

    /** Deliveries were queued or put back in line in the current transaction. */
    void wakeAfterCommit() {
        worker.wakeAfterCommit();
    }

    @Override
    public List<WebhookDelivery> claim(int limit) {
        return DueDeliveries.claim(entityManager, WebhookDelivery.class, "webhook_delivery", limit);
    }

    @Override
    public void work(List<WebhookDelivery> deliveries) {
        deliveries.forEach(this::attempt);
    }

    /** A partner asks for a delivery again, whatever became of it. */
    void redeliver(WebhookDelivery delivery) {
        delivery.status = DeliveryStatus.PENDING;
        delivery.attempts = 0;
        delivery.nextAttemptAt = Instant.now();
        wakeAfterCommit();
    }

    private void attempt(WebhookDelivery delivery) {
        WebhookSubscription subscription = entityManager.find(WebhookSubscription.class, delivery.subscriptionId);
        if (!subscription.active) { // switched off by an earlier 410 while this one waited
            delivery.status = DeliveryStatus.GONE;
            delivery.lastError = "the subscription is switched off";
            return;
        }
        delivery.attempts++;
        WebhookAttempt attempt = new WebhookAttempt();
        attempt.deliveryId = delivery.id;
        attempt.attemptedAt = Instant.now();
        WebhookSender.Outcome outcome = sender.send(subscription.url, subscription.secret, delivery.id.toString(), delivery.body);
        attempt.statusCode = outcome.statusCode();
        attempt.error = outcome.error();
        attempt.durationMs = (int) outcome.took().toMillis();
        entityManager.persist(attempt);
        if (outcome.statusCode() != null) {
            delivery.lastStatus = outcome.statusCode();
        }
        if (outcome.delivered()) {
            delivery.status = DeliveryStatus.SENT;
            delivery.deliveredAt = Instant.now();
            delivery.lastError = null;
        } else if (outcome.gone()) {
            delivery.status = DeliveryStatus.GONE;
            delivery.lastError = "410 Gone: the subscription is switched off";
            subscription.active = false;
            subscription.updatedAt = Instant.now();
        } else {
            failed(delivery, outcome.error() != null ? outcome.error() : "HTTP " + outcome.statusCode());
        }
    }

    private void failed(WebhookDelivery delivery, String error) {
        delivery.lastError = error;
        delivery.status = retries.statusAfterFailure(delivery.attempts);
        delivery.nextAttemptAt = retries.nextAttemptAfterFailure(delivery.attempts);
        LOG.debugf("Webhook delivery %s failed (attempt %d, now %s): %s", delivery.id, delivery.attempts,
                delivery.status.code(), error);
    }
}
