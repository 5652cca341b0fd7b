package org.scorats.conference.notification.service;

import org.junit.jupiter.api.Test;
import org.scorats.conference.notification.domain.DeliveryStatus;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), 4);

    @Test
    void failuresAreRetriedUntilTheLastAttemptThenDead() {
        assertThat(policy.statusAfterFailure(1)).isEqualTo(DeliveryStatus.FAILED);
        assertThat(policy.statusAfterFailure(3)).isEqualTo(DeliveryStatus.FAILED);
        assertThat(policy.statusAfterFailure(4)).isEqualTo(DeliveryStatus.DEAD);
        assertThat(policy.statusAfterFailure(5)).isEqualTo(DeliveryStatus.DEAD);
    }

    @Test
    void eachWaitIsTwiceTheOneBefore() {
        assertThat(waitAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(waitAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(waitAfter(3)).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void theDoublingStopsGrowingInsteadOfOverflowing() {
        assertThat(waitAfter(100)).isEqualTo(waitAfter(17)).isEqualTo(Duration.ofSeconds(30L << 16));
    }

    /** The wait the policy sets, measured between two clock readings around the call. */
    private Duration waitAfter(int attempts) {
        Instant before = Instant.now();
        Instant next = policy.nextAttemptAfterFailure(attempts);
        Instant after = Instant.now();
        Duration shortest = Duration.between(after, next);
        Duration longest = Duration.between(before, next);
        // The clock moved by less than a second between the readings: round to whole seconds.
        assertThat(longest.minus(shortest)).isLessThan(Duration.ofSeconds(1));
        return Duration.ofSeconds(Math.round(longest.toMillis() / 1000.0));
    }
}
