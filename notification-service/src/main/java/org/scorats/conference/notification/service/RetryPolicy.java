package org.scorats.conference.notification.service;

import org.scorats.conference.conventions.persistence.StoredTime;
import org.scorats.conference.notification.domain.DeliveryStatus;

import java.time.Duration;
import java.time.Instant;

/**
 * How mail and webhooks retry: after the first failure wait {@code firstWait}, twice as long after
 * each further one, and give up (dead) when {@code maxAttempts} attempts have failed.
 */
record RetryPolicy(Duration firstWait, int maxAttempts) {

    DeliveryStatus statusAfterFailure(int attempts) {
        return attempts >= maxAttempts ? DeliveryStatus.DEAD : DeliveryStatus.FAILED;
    }

    Instant nextAttemptAfterFailure(int attempts) {
        return StoredTime.now().plus(firstWait.multipliedBy(1L << Math.min(attempts - 1, 16)));
    }
}
