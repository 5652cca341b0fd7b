package org.scorats.conference.conventions.deadletter;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransientRetryTest {

    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final TransientRetry retry = new TransientRetry(Duration.ofMillis(1), Duration.ofMillis(2),
            retries::incrementAndGet, stopping::get);

    @Test
    void failuresThatMayPassAreTriedAgainUntilTheAttemptSucceeds() {
        // What a dropped database connection looks like, with and without the driver's assertions on.
        Deque<Throwable> failures = new ArrayDeque<>(List.of(
                new IllegalStateException("This connection has been closed."),
                new AssertionError("pgStatement.getConnection().getAutoCommit() should not throw")));

        String result = retry.untilDone("Applying an event", () -> {
            Throwable next = failures.poll();
            if (next instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (next instanceof AssertionError assertion) {
                throw assertion;
            }
            return "applied";
        });

        assertThat(result).isEqualTo("applied");
        assertThat(retries).hasValue(2);
    }

    @Test
    void stoppingEndsTheRetriesWithTheLastFailureAsCause() {
        stopping.set(true);
        IllegalStateException closed = new IllegalStateException("closed");

        assertThatThrownBy(() -> retry.untilDone("Applying an event", () -> {
            throw closed;
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("Stopping").hasCause(closed);
        assertThat(retries).hasValue(0);
    }

    @Test
    void errorsOfTheMachineAreNotRetried() {
        OutOfMemoryError full = new OutOfMemoryError("Java heap space");

        assertThatThrownBy(() -> retry.untilDone("Applying an event", () -> {
            throw full;
        })).isSameAs(full);
        assertThat(retries).hasValue(0);
    }
}
