package org.scorats.conference.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "notification.webhooks")
public interface WebhookConfig {

    /**
     * Whether subscription URLs may point at loopback, private or link-local addresses. Off in
     * production: a partner must not make this service call into our own network.
     */
    boolean allowPrivateAddresses();

    /**
     * Whether subscription URLs may be plain {@code http}. Off in production: the deliveries carry
     * people's data. On for local receivers (tests, the local stack).
     */
    boolean allowPlainHttp();

    /** How often the sender looks for due deliveries on its own; commits wake it at once anyway. */
    @WithDefault("1s")
    Duration pollInterval();

    /** How long a receiver has to answer one delivery. */
    @WithDefault("10s")
    Duration timeout();

    /** The wait before the first retry; each further retry waits twice as long. */
    @WithDefault("30s")
    Duration retryAfter();

    /** Attempts before a delivery is dead. */
    @WithDefault("8")
    int maxAttempts();

    /** Deliveries of one subscription on their way at once: a slow endpoint holds no more than these. */
    @WithDefault("4")
    int maxInFlightPerSubscription();

    /** Deliveries on their way at once from this instance, all subscriptions together. */
    @WithDefault("64")
    int maxInFlight();

    /** How long a rotated-out secret keeps signing beside the new one. */
    @WithDefault("24h")
    Duration secretOverlap();

    /** Failed attempts in a row after which a subscription is paused (circuit breaker). */
    @WithDefault("5")
    int breakerThreshold();

    /** The first pause; each further failure after the threshold doubles it, up to 10 minutes. */
    @WithDefault("30s")
    Duration breakerPause();
}
