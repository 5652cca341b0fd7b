package org.scorats.conference.notification.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.jpa.HibernateHints;
import org.jboss.logging.Logger;
import org.scorats.conference.conventions.persistence.StoredTime;
import org.scorats.conference.conventions.work.AfterCompletion;
import org.scorats.conference.conventions.work.DueWork;
import org.scorats.conference.conventions.work.DueWorker;
import org.scorats.conference.conventions.work.DueWorkers;
import org.scorats.conference.notification.config.WebhookConfig;
import org.scorats.conference.notification.domain.DeliveryStatus;
import org.scorats.conference.notification.domain.WebhookAttempt;
import org.scorats.conference.notification.domain.WebhookDelivery;
import org.scorats.conference.notification.domain.WebhookSubscription;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Webhook deliveries waiting to be sent. 2xx delivers; 410 Gone switches the subscription off;
 * anything else, or no complete answer within {@code timeout}, is tried again after 1, 2, 4...
 * times {@code retry-after}, until {@code max-attempts}. Every attempt is kept.
 *
 * <p>Partners are kept apart: deliveries go out asynchronously, at most
 * {@code max-in-flight-per-subscription} of one subscription at a time, so a slow endpoint holds
 * its own slots and no one else's; a subscription that failed {@code breaker-threshold} times in a
 * row is paused (30 s, doubling up to 10 minutes) and its deliveries wait without being tried. A
 * claimed delivery is marked {@code sending} with a lease (its next attempt time); its outcome is
 * recorded when the answer comes, together with the others that came meanwhile (one transaction
 * for all of them: at 50 approvals a second and ten partners, 500 outcomes a second would otherwise
 * be 500 transactions), and if this instance dies first the
 * lease runs out and the delivery is sent again (at least once; receivers deduplicate by
 * {@code webhook-id}).
 */
@ApplicationScoped
public class WebhookQueue implements DueWork<WebhookDelivery> {

    private static final Logger LOG = Logger.getLogger(WebhookQueue.class);
    private static final Duration LONGEST_PAUSE = Duration.ofMinutes(10);

    private final EntityManager entityManager;
    private final WebhookSender sender;
    private final WebhookConfig config;
    private final RetryPolicy retries;
    private final DueWorkers workers;
    private final TransactionSynchronizationRegistry transactions;
    private final AtomicInteger inFlight = new AtomicInteger();
    /** Outcomes come in on the HTTP client's threads and wait here to be recorded. */
    private final BlockingQueue<Settled> settled = new LinkedBlockingQueue<>();
    /** Records waiting outcomes off the HTTP client's threads, in batches. */
    private final ExecutorService outcomes = Executors.newFixedThreadPool(2, r -> new Thread(r, "webhook-outcomes"));
    private DueWorker<WebhookDelivery> worker;

    WebhookQueue(EntityManager entityManager, WebhookSender sender, WebhookConfig config, DueWorkers workers,
                 TransactionSynchronizationRegistry transactions) {
        this.entityManager = entityManager;
        this.sender = sender;
        this.config = config;
        this.workers = workers;
        this.transactions = transactions;
        this.retries = new RetryPolicy(config.retryAfter(), config.maxAttempts());
    }

    void start(@Observes StartupEvent startup) {
        worker = workers.start(new DueWorker.Settings("webhook-queue", config.pollInterval(), 20, Duration.ofSeconds(30)), this);
    }

    @PreDestroy
    void stop() {
        outcomes.shutdown();
    }

    /** Deliveries were queued or put back in line in the current transaction. */
    void wakeAfterCommit() {
        worker.wakeAfterCommit();
    }

    /**
     * Due deliveries of subscriptions that are not paused, leaving each subscription's slots in flight free:
     * per subscription, its deliveries on their way are counted and only its first due ones up to the free
     * slots are read (an index in that order), so a claim costs the same however long the backlog.
     * The outer conditions repeat that a row is due: the inner ones read the snapshot the statement began
     * with, and a row another sender committed as on its way since then is locked in its new state,
     * which only the outer conditions are checked against again; without them it would be sent twice.
     */
    @Override
    @SuppressWarnings("unchecked")
    public List<WebhookDelivery> claim(int limit) {
        int room = Math.min(limit, config.maxInFlight() - inFlight.get());
        if (room <= 0) {
            return List.of();
        }
        return entityManager.createNativeQuery("""
                        SELECT d.* FROM webhook_subscription s
                        CROSS JOIN LATERAL (SELECT count(*) AS n FROM webhook_delivery f WHERE f.subscription_id = s.id
                                            AND f.status = 'sending' AND f.next_attempt_at > now()) on_the_way
                        CROSS JOIN LATERAL (SELECT f.id FROM webhook_delivery f WHERE f.subscription_id = s.id
                                            AND f.status IN ('pending', 'failed', 'sending') AND f.next_attempt_at <= now()
                                            ORDER BY f.next_attempt_at, f.id
                                            LIMIT GREATEST(0, :perSubscription - on_the_way.n)) due
                        JOIN webhook_delivery d ON d.id = due.id
                        WHERE (s.paused_until IS NULL OR s.paused_until <= now())
                            AND d.status IN ('pending', 'failed', 'sending') AND d.next_attempt_at <= now()
                        ORDER BY d.next_attempt_at LIMIT :limit FOR UPDATE OF d SKIP LOCKED""", WebhookDelivery.class)
                .setParameter("perSubscription", config.maxInFlightPerSubscription())
                .setParameter("limit", room)
                .getResultList();
    }

    /**
     * Marks each delivery as on its way and sends it once that is committed (an answer may come
     * back at once, and its outcome must find the delivery marked); outcomes are recorded as they come.
     */
    @Override
    public void work(List<WebhookDelivery> deliveries) {
        List<Runnable> sends = new ArrayList<>();
        for (WebhookDelivery delivery : deliveries) {
            WebhookSubscription subscription = entityManager.find(WebhookSubscription.class, delivery.subscriptionId);
            if (!subscription.active) { // switched off by an earlier 410 while this one waited
                delivery.status = DeliveryStatus.GONE;
                delivery.lastError = "the subscription is switched off";
                continue;
            }
            delivery.status = DeliveryStatus.SENDING;
            delivery.nextAttemptAt = StoredTime.now().plus(config.timeout().multipliedBy(3)); // the lease
            UUID id = delivery.id;
            String url = subscription.url;
            List<String> secrets = subscription.signingSecrets(Instant.now());
            String body = delivery.body;
            inFlight.incrementAndGet();
            sends.add(() -> {
                Instant attemptedAt = StoredTime.now();
                sender.send(url, secrets, id.toString(), body).thenAccept(outcome -> {
                    settled.add(new Settled(id, attemptedAt, outcome));
                    outcomes.execute(this::recordSettled);
                });
            });
        }
        if (!sends.isEmpty()) {
            AfterCompletion.register(transactions, () -> sends.forEach(Runnable::run),
                    () -> inFlight.addAndGet(-sends.size())); // not marked: they stay due
        }
    }

    /** A partner asks for a delivery again, whatever became of it. */
    void redeliver(WebhookDelivery delivery) {
        delivery.status = DeliveryStatus.PENDING;
        delivery.attempts = 0;
        delivery.nextAttemptAt = StoredTime.now();
        wakeAfterCommit();
    }

    /** One attempt's outcome, to be recorded. */
    private record Settled(UUID id, Instant attemptedAt, WebhookSender.Outcome outcome) {
    }

    /**
     * Records the outcomes waiting (up to 200) in one transaction; there is one task per outcome,
     * so a task that finds them taken by an earlier one has nothing to do. If the batch fails, each
     * outcome is recorded on its own, so one that cannot be (its delivery changed meanwhile) costs
     * the others nothing.
     */
    private void recordSettled() {
        List<Settled> batch = new ArrayList<>();
        settled.drainTo(batch, 200);
        if (batch.isEmpty()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> record(batch));
        } catch (RuntimeException batchFailed) {
            for (Settled one : batch) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> record(List.of(one)));
                } catch (RuntimeException e) {
                    // The lease runs out and the delivery goes again: at least once, never lost.
                    LOG.warnf("Outcome of webhook delivery %s not recorded, it will be sent again: %s", one.id(), e.toString());
                }
            }
        } finally {
            inFlight.addAndGet(-batch.size());
            worker.nudge(); // slots are free
        }
    }

    private void record(List<Settled> batch) {
        // The deliveries in one query; find() below takes them from the session.
        Map<UUID, UUID> subscriptionOf = entityManager.createQuery("FROM WebhookDelivery WHERE id IN :ids", WebhookDelivery.class)
                .setParameter("ids", batch.stream().map(Settled::id).toList()).getResultStream()
                .collect(Collectors.toMap(delivery -> delivery.id, delivery -> delivery.subscriptionId));
        // Every batch locks subscription rows (the breaker) in the same order, by subscription, or two
        // batches running at once could each hold the row the other waits for; each subscription's
        // outcomes stay in the order they were attempted.
        List<Settled> ordered = batch.stream()
                .sorted(Comparator.comparing((Settled one) -> subscriptionOf.get(one.id()), Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Settled::attemptedAt))
                .toList();
        Set<UUID> breakerClosed = new HashSet<>(); // in this batch, since the subscription's last failure
        for (Settled one : ordered) {
            record(one.id(), one.attemptedAt(), one.outcome(), breakerClosed);
        }
    }

    private void record(UUID id, Instant attemptedAt, WebhookSender.Outcome outcome, Set<UUID> breakerClosed) {
        WebhookDelivery delivery = entityManager.find(WebhookDelivery.class, id);
        if (delivery == null || delivery.status != DeliveryStatus.SENDING) {
            return; // redelivered or deleted meanwhile
        }
        delivery.attempts++;
        WebhookAttempt attempt = new WebhookAttempt();
        attempt.deliveryId = id;
        attempt.attemptedAt = attemptedAt;
        attempt.statusCode = outcome.statusCode();
        attempt.error = outcome.error();
        attempt.durationMs = (int) outcome.took().toMillis();
        entityManager.persist(attempt);
        if (outcome.statusCode() != null) {
            delivery.lastStatus = outcome.statusCode();
        }
        if (outcome.delivered()) {
            delivery.status = DeliveryStatus.SENT;
            delivery.deliveredAt = StoredTime.now();
            delivery.lastError = null;
            if (breakerClosed.add(delivery.subscriptionId)) {
                breaker(delivery.subscriptionId, true);
            }
        } else if (outcome.gone()) {
            delivery.status = DeliveryStatus.GONE;
            delivery.lastError = "410 Gone: the subscription is switched off";
            WebhookSubscription subscription = entityManager.find(WebhookSubscription.class, delivery.subscriptionId);
            subscription.active = false;
            subscription.updatedAt = StoredTime.now();
        } else {
            String error = outcome.error() != null ? outcome.error() : "HTTP " + outcome.statusCode();
            delivery.lastError = error;
            delivery.status = retries.statusAfterFailure(delivery.attempts);
            delivery.nextAttemptAt = retries.nextAttemptAfterFailure(delivery.attempts);
            breakerClosed.remove(delivery.subscriptionId);
            breaker(delivery.subscriptionId, false);
            LOG.debugf("Webhook delivery %s failed (attempt %d, now %s): %s", id, delivery.attempts,
                    delivery.status.code(), error);
        }
    }

    /**
     * Counts failures in a row and pauses a subscription that reached the threshold; a delivered
     * attempt closes the breaker. One statement, so concurrent outcomes of one subscription add up,
     * and the subscription's version (the partner's ETag) stays as it is. It names the table it
     * changes, so the outcomes recorded before it are not flushed one by one ahead of it.
     */
    private void breaker(UUID subscriptionId, boolean delivered) {
        if (delivered) {
            entityManager.createNativeQuery("""
                            UPDATE webhook_subscription SET consecutive_failures = 0, paused_until = NULL
                            WHERE id = :id AND (consecutive_failures > 0 OR paused_until IS NOT NULL)""")
                    .setHint(HibernateHints.HINT_NATIVE_SPACES, WebhookSubscription.TABLE)
                    .setParameter("id", subscriptionId).executeUpdate();
            return;
        }
        entityManager.createNativeQuery("""
                        UPDATE webhook_subscription SET consecutive_failures = consecutive_failures + 1,
                            paused_until = CASE WHEN consecutive_failures + 1 >= :threshold
                                THEN now() + least(:pause * power(2, consecutive_failures + 1 - :threshold), :longest)
                                    * interval '1 millisecond'
                                ELSE paused_until END
                        WHERE id = :id""")
                .setHint(HibernateHints.HINT_NATIVE_SPACES, WebhookSubscription.TABLE)
                .setParameter("threshold", config.breakerThreshold())
                .setParameter("pause", (double) config.breakerPause().toMillis())
                .setParameter("longest", (double) LONGEST_PAUSE.toMillis())
                .setParameter("id", subscriptionId)
                .executeUpdate();
    }
}
