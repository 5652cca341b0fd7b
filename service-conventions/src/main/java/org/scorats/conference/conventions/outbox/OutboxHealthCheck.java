package org.scorats.conference.conventions.outbox;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * DOWN when events have waited in the outbox longer than {@code conference.outbox.stuck-after}:
 * the service still accepts changes but others no longer hear of them, which operators must see
 * ({@code /q/health/well}, {@code /q/health}). A wellness check, not readiness: a stuck outbox is
 * the same on every instance, and taking them all out of rotation would stop the changes that the
 * outbox keeps safely until the broker takes them.
 */
@Wellness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    private final OutboxBacklog backlog;

    OutboxHealthCheck(OutboxBacklog backlog) {
        this.backlog = backlog;
    }

    @Override
    public HealthCheckResponse call() {
        OutboxBacklog.Snapshot snapshot = backlog.snapshot();
        return HealthCheckResponse.named("outbox")
                .status(!backlog.isStuck())
                .withData("unsent", snapshot.unsent())
                .withData("oldestUnsentSeconds", snapshot.oldestAge().toSeconds())
                .build();
    }
}
