package org.scorats.conference.conventions.audit;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.scorats.conference.conventions.work.DueWork;
import org.scorats.conference.conventions.work.DueWorker;
import org.scorats.conference.conventions.work.DueWorkers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Deletes audit entries older than the configured retention, a batch at a time, on the shared
 * due-work worker. The only way an entry ever leaves the trail: there is no API to change or
 * delete one, and the database refuses updates.
 */
@ApplicationScoped
public class AuditRetention implements DueWork<UUID> {

    private final EntityManager entityManager;
    private final AuditConfig config;
    private final DueWorkers workers;

    AuditRetention(EntityManager entityManager, AuditConfig config, DueWorkers workers) {
        this.entityManager = entityManager;
        this.config = config;
        this.workers = workers;
    }

    void start(@Observes StartupEvent startup) {
        workers.start(new DueWorker.Settings("audit-retention", config.retentionInterval(), 1000, Duration.ofMinutes(1)), this);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<UUID> claim(int limit) {
        return entityManager.createNativeQuery("SELECT id FROM audit_entry WHERE created_at < :cutoff ORDER BY created_at "
                        + "LIMIT :limit " + SKIP_LOCKED, UUID.class)
                .setParameter("cutoff", Instant.now().minus(config.retention()))
                .setParameter("limit", limit)
                .getResultList();
    }

    @Override
    public void work(List<UUID> expired) {
        entityManager.createNativeQuery("DELETE FROM audit_entry WHERE id IN (:ids)")
                .setParameter("ids", expired)
                .executeUpdate();
    }
}
