package org.scorats.conference.conventions.deadletter;

import org.jboss.logging.Logger;
import org.scorats.conference.conventions.persistence.PassingFailures;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Tries an attempt again, waiting twice as long each time up to a ceiling, for as long as it fails
 * for a reason that may pass ({@link PassingFailures}), and until the application stops. A failure
 * that escaped would fail the Kafka channel for good and take the service out of readiness over a
 * blip.
 */
final class TransientRetry {

    private static final Logger LOG = Logger.getLogger(TransientRetry.class);

    private final Duration firstWait;
    private final Duration longestWait;
    private final Runnable onRetry;
    private final BooleanSupplier stopping;

    TransientRetry(Duration firstWait, Duration longestWait, Runnable onRetry, BooleanSupplier stopping) {
        this.firstWait = firstWait;
        this.longestWait = longestWait;
        this.onRetry = onRetry;
        this.stopping = stopping;
    }

    /** The attempt's result once it succeeds; throws only when the application stops meanwhile. */
    <T> T untilDone(String what, Supplier<T> attempt) {
        Duration wait = firstWait;
        while (true) {
            try {
                return attempt.get();
            } catch (Throwable failure) {
                if (!PassingFailures.mayPass(failure)) {
                    throw failure;
                }
                if (stopping.getAsBoolean()) {
                    throw new IllegalStateException("Stopping before " + what + " was done", failure);
                }
                onRetry.run();
                LOG.warnf("%s failed, trying again in %d ms: %s", what, wait.toMillis(), failure.toString());
                pause(wait);
                wait = wait.multipliedBy(2).compareTo(longestWait) > 0 ? longestWait : wait.multipliedBy(2);
            }
        }
    }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry", e);
        }
    }
}
