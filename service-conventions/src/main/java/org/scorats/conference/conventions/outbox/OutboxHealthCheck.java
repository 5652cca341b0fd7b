package org.scorats.conference.conventions.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * DOWN when events have waited in the outbox longer than {@code conference.outbox.stuck-after}:
 * the service still accepts changes but others no longer hear of them, which operators must see.
 */
@Readiness
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
