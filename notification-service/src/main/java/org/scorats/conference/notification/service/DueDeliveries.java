package org.scorats.conference.notification.service;

import jakarta.persistence.EntityManager;
import org.scorats.conference.conventions.work.DueWork;

import java.util.List;

/** Emails and webhook deliveries alike: due when pending or failed and their next attempt has come. */
final class DueDeliveries {

    private DueDeliveries() {
    }

    /** Claims up to {@code limit} due rows of {@code table}, oldest due first, passing over rows another instance holds. */
    @SuppressWarnings("unchecked")
    static <T> List<T> claim(EntityManager entityManager, Class<T> type, String table, int limit) {
        return entityManager.createNativeQuery("SELECT * FROM " + table
                        + " WHERE status IN ('pending', 'failed') AND next_attempt_at <= now()"
                        + " ORDER BY next_attempt_at LIMIT :limit " + DueWork.SKIP_LOCKED, type)
                .setParameter("limit", limit)
                .getResultList();
    }
}
