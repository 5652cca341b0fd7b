package org.scorats.conference.notification.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.scorats.conference.notification.domain.WebhookSubscription;

import java.util.List;

/**
 * Seals, at start, webhook secrets stored in clear before secrets were sealed, and clears them.
 * Instances starting together take the rows in turn (row locks), so each is sealed once.
 */
@ApplicationScoped
public class LegacySecrets {

    private static final Logger LOG = Logger.getLogger(LegacySecrets.class);

    private final EntityManager entityManager;

    LegacySecrets(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void atStart(@Observes StartupEvent started) {
        sealAll();
    }

    /** @return how many were sealed */
    @Transactional
    public int sealAll() {
        List<WebhookSubscription> clear = entityManager
                .createQuery("FROM WebhookSubscription WHERE clearSecret IS NOT NULL", WebhookSubscription.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        for (WebhookSubscription subscription : clear) {
            subscription.secret = subscription.clearSecret;
            subscription.clearSecret = null;
        }
        if (!clear.isEmpty()) {
            LOG.infof("Sealed %d webhook secret(s) stored in clear", clear.size());
        }
        return clear.size();
    }
}
