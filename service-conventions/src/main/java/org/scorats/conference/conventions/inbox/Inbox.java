package org.scorats.conference.conventions.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Makes consumers idempotent: an event's id is recorded in the same transaction as its effect, so a
 * redelivered or replayed event is acknowledged and skipped, and a crash between effect and offset
 * commit cannot apply it twice.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager entityManager;

    Inbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Runs {@code effect} unless {@code consumer} applied this event before.
     * Two deliveries racing each other meet at the primary key: the second waits for the first
     * to commit and then finds the id taken.
     *
     * @param consumer names the effect, so two consumers in one service can apply the same event
     * @return whether the effect ran
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean applyOnce(String consumer, IncomingEvent event, Runnable effect) {
        int recorded = entityManager.createNativeQuery("""
                        INSERT INTO inbox_event (consumer, event_id, event_type) VALUES (:consumer, :id, :type)
                        ON CONFLICT DO NOTHING""")
                .setParameter("consumer", consumer)
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .executeUpdate();
        if (recorded == 0) {
            return false;
        }
        effect.run();
        return true;
    }
}
