package org.scorats.conference.conventions;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.inbox.Inbox;
import org.scorats.conference.conventions.inbox.IncomingEvent;

import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The inbox in the service's own database. Extend it in a {@code @QuarkusTest}. */
public abstract class InboxContract {

    @Inject
    Inbox inbox;

    @Test
    void anEventDeliveredTwiceTakesEffectOnce() {
        IncomingEvent event = event();
        AtomicInteger effects = new AtomicInteger();

        boolean first = QuarkusTransaction.requiringNew().call(() -> inbox.applyOnce("contract", event, effects::incrementAndGet));
        boolean second = QuarkusTransaction.requiringNew().call(() -> inbox.applyOnce("contract", event, effects::incrementAndGet));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(effects).hasValue(1);
    }

    @Test
    void anEffectThatFailsLeavesTheEventToBeAppliedAgain() {
        IncomingEvent event = event();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                inbox.applyOnce("contract", event, () -> {
                    throw new IllegalStateException("effect failed");
                }))).hasMessageContaining("effect failed");

        AtomicInteger effects = new AtomicInteger();
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.applyOnce("contract", event, effects::incrementAndGet))).isTrue();
        assertThat(effects).hasValue(1);
    }

    @Test
    void eachConsumerAppliesTheSameEventOnItsOwn() {
        IncomingEvent event = event();
        AtomicInteger effects = new AtomicInteger();
        QuarkusTransaction.requiringNew().run(() -> inbox.applyOnce("contract-a", event, effects::incrementAndGet));
        QuarkusTransaction.requiringNew().run(() -> inbox.applyOnce("contract-b", event, effects::incrementAndGet));
        assertThat(effects).hasValue(2);
    }

    private static IncomingEvent event() {
        return new IncomingEvent(UUID.randomUUID().toString(), "org.scorats.conference.test.probe", "/test", null,
                OffsetDateTime.now(), "key", "{}");
    }
}
