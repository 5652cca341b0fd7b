package org.scorats.conference.conventions.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "conference.outbox")
public interface OutboxConfig {

    /** Off for an instance that should only write (the rows wait for another instance's relay). */
    @WithDefault("true")
    boolean relayEnabled();

    /** How often the relay looks for rows on its own; commits wake it at once anyway. */
    @WithDefault("1s")
    Duration pollInterval();

    @WithDefault("200")
    int batchSize();

    /** How long the relay waits for the broker to acknowledge a batch. */
    @WithDefault("15s")
    Duration sendTimeout();

    /** The outbox's wellness check goes DOWN when the oldest unsent event is older than this. */
    @WithDefault("60s")
    Duration stuckAfter();

    /** Sent rows are deleted after this long. */
    @WithDefault("7d")
    Duration retention();

    /** The CloudEvents {@code source} of this service's events. */
    @WithDefault("/${quarkus.application.name}")
    String source();
}
