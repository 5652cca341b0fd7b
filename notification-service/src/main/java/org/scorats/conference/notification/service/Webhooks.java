package org.scorats.conference.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;
import org.scorats.conference.conventions.inbox.IncomingEvent;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.conventions.work.DrainWorker;
import org.scorats.conference.notification.config.WebhookConfig;
import org.scorats.conference.notification.domain.DeliveryStatus;
import org.scorats.conference.notification.domain.WebhookAttempt;
import org.scorats.conference.notification.domain.WebhookDelivery;
import org.scorats.conference.notification.domain.WebhookSubscription;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Partner systems' webhooks: each event becomes a delivery for every active subscription that
 * wants its type (an organization's events only to that organization's partner; conference and
 * program events to all), sent as a CloudEvents JSON document signed per Standard Webhooks. 2xx delivers; 410
 * Gone switches the subscription off; anything else, or no answer in time, is tried again after
 * 1, 2, 4... times {@code retry-after}, until {@code max-attempts}. Every attempt is kept.
 */
@ApplicationScoped
public class Webhooks {

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

    private static final Logger LOG = Logger.getLogger(Webhooks.class);
    private static final int BATCH = 20;

    private final EntityManager entityManager;
    private final WebhookUrlPolicy urls;
    private final WebhookConfig config;
    private final RetryPolicy retries;
    private final ObjectMapper json;
    private final HttpClient http;
    private final Event<DeliveriesQueued> queued;
    private final DrainWorker worker = new DrainWorker("webhook-sender", this::sendDue);

    Webhooks(EntityManager entityManager, WebhookUrlPolicy urls, WebhookConfig config, ObjectMapper json,
             Event<DeliveriesQueued> queued) {
        this.entityManager = entityManager;
        this.queued = queued;
        this.urls = urls;
        this.config = config;
        this.json = json;
        this.retries = new RetryPolicy(config.retryAfter(), config.maxAttempts());
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /**
     * Queues the event for every subscription of its audience that wants its type. Call in the
     * consumer's transaction.
     */
    public void fanOut(IncomingEvent event, Audience audience) {
        List<WebhookSubscription> subscriptions = entityManager
                .createQuery("FROM WebhookSubscription WHERE active = true", WebhookSubscription.class)
                .getResultList();
        String body = null;
        for (WebhookSubscription subscription : subscriptions) {
            if (audience.includes(subscription) && subscription.eventTypes.contains(event.type())) {
                body = body != null ? body : document(event);
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
                queued.fire(new DeliveriesQueued());
            }
        }
    }

    /** Deliveries were queued; fired inside the consumer's transaction, so they go out as soon as it commits. */
    public record DeliveriesQueued() {
    }

    @Scheduled(every = "${notification.webhooks.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        worker.nudge();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveriesQueued queued) {
        worker.nudge();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        worker.stop(config.timeout());
    }

    private void sendDue() {
        while (sendBatch() == BATCH) {
            // a full batch: more may be due
        }
    }

    private int sendBatch() {
        @SuppressWarnings("unchecked")
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                        SELECT id FROM webhook_delivery WHERE status IN ('pending', 'failed') AND next_attempt_at <= now()
                        ORDER BY next_attempt_at LIMIT :batch""", UUID.class)
                .setParameter("batch", BATCH)
                .getResultList());
        return (int) due.stream().filter(id -> QuarkusTransaction.requiringNew().call(() -> sendOne(id))).count();
    }

    /** A partner asks for a delivery again, whatever became of it. */
    public WebhookDelivery redeliver(WebhookDelivery delivery) {
        delivery.status = DeliveryStatus.PENDING;
        delivery.attempts = 0;
        delivery.nextAttemptAt = Instant.now();
        return delivery;
    }

    /** @return false when another instance has it (locked, or sent meanwhile) */
    private boolean sendOne(UUID id) {
        WebhookDelivery delivery = entityManager.find(WebhookDelivery.class, id, LockModeType.PESSIMISTIC_WRITE,
                Map.of("jakarta.persistence.lock.timeout", -2));
        if (delivery == null || (delivery.status != DeliveryStatus.PENDING && delivery.status != DeliveryStatus.FAILED)) {
            return false;
        }
        WebhookSubscription subscription = entityManager.find(WebhookSubscription.class, delivery.subscriptionId);
        if (!subscription.active) { // switched off by an earlier 410 while this one waited
            delivery.status = DeliveryStatus.GONE;
            delivery.lastError = "the subscription is switched off";
            return true;
        }
        WebhookAttempt attempt = new WebhookAttempt();
        attempt.deliveryId = delivery.id;
        attempt.attemptedAt = Instant.now();
        delivery.attempts++;
        long started = System.nanoTime();
        try {
            URI url = urls.check(subscription.url); // again: the name may resolve elsewhere than when it was checked
            long timestamp = Instant.now().getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(url)
                    .timeout(config.timeout())
                    .header("Content-Type", "application/cloudevents+json; charset=utf-8")
                    .header(WebhookSignature.ID, delivery.id.toString())
                    .header(WebhookSignature.TIMESTAMP, Long.toString(timestamp))
                    .header(WebhookSignature.SIGNATURE, WebhookSignature.sign(subscription.secret, delivery.id.toString(),
                            timestamp, delivery.body))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.body, StandardCharsets.UTF_8))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            attempt.statusCode = response.statusCode();
            delivery.lastStatus = response.statusCode();
            if (response.statusCode() / 100 == 2) {
                delivery.status = DeliveryStatus.SENT;
                delivery.deliveredAt = Instant.now();
                delivery.lastError = null;
            } else if (response.statusCode() == 410) {
                delivery.status = DeliveryStatus.GONE;
                delivery.lastError = "410 Gone: the subscription is switched off";
                subscription.active = false;
                subscription.updatedAt = Instant.now();
            } else {
                failed(delivery, "HTTP " + response.statusCode());
            }
        } catch (ProblemException refused) {
            attempt.error = refused.getMessage();
            failed(delivery, refused.getMessage());
        } catch (java.io.IOException e) {
            attempt.error = e.toString();
            failed(delivery, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            attempt.error = "interrupted";
            failed(delivery, "interrupted");
        }
        attempt.durationMs = (int) Duration.ofNanos(System.nanoTime() - started).toMillis();
        entityManager.persist(attempt);
        return true;
    }

    private void failed(WebhookDelivery delivery, String error) {
        delivery.lastError = error;
        delivery.status = retries.statusAfterFailure(delivery.attempts);
        delivery.nextAttemptAt = retries.nextAttemptAfterFailure(delivery.attempts);
        LOG.debugf("Webhook delivery %s failed (attempt %d, now %s): %s", delivery.id, delivery.attempts,
                delivery.status.code(), error);
    }

    /** The event as a CloudEvents JSON document (structured mode): what the receiver gets. */
    private String document(IncomingEvent event) {
        try {
            ObjectNode document = json.createObjectNode();
            document.put("specversion", "1.0");
            document.put("id", event.id());
            document.put("type", event.type());
            document.put("source", event.source());
            if (event.subject() != null) {
                document.put("subject", event.subject());
            }
            if (event.time() != null) {
                document.put("time", event.time().toString());
            }
            document.put("datacontenttype", "application/json");
            document.set("data", json.readTree(event.data()));
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event " + event.id() + " carries no JSON", e);
        }
    }
}
