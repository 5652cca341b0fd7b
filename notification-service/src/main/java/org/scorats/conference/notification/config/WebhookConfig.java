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
}
