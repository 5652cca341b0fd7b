package org.scorats.conference.notification.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.scorats.conference.conventions.persistence.StoredTime;
import org.scorats.conference.conventions.work.DueWork;
import org.scorats.conference.conventions.work.DueWorker;
import org.scorats.conference.conventions.work.DueWorkers;
import org.scorats.conference.notification.config.MailConfig;
import org.scorats.conference.notification.domain.DeliveryStatus;
import org.scorats.conference.notification.domain.MailMessage;
import org.scorats.conference.notification.domain.Notice;
import org.scorats.conference.notification.domain.Recipient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Gathers a person's notices into one email once the first of them is
 * {@code notification.mail.burst-window} old, and hands it to the {@link MailQueue}. A person whose
 * burst is over is claimed by locking their recipient row, so two instances never compose the
 * same notices twice.
 */
@ApplicationScoped
public class MailComposer implements DueWork<Recipient> {

    private final EntityManager entityManager;
    private final MailConfig config;
    private final MailQueue queue;
    private final DueWorkers workers;
    private DueWorker<Recipient> worker;

    MailComposer(EntityManager entityManager, MailConfig config, MailQueue queue, DueWorkers workers) {
        this.entityManager = entityManager;
        this.config = config;
        this.queue = queue;
        this.workers = workers;
    }

    void start(@Observes StartupEvent startup) {
        worker = workers.start(new DueWorker.Settings("mail-composer", config.pollInterval(), 50, Duration.ofSeconds(30)), this);
    }

    /**
     * A notice was recorded in the current transaction. Without a burst window it can go once the
     * transaction commits; with one, the poll finds the burst when it is over.
     */
    public void noticeRecorded() {
        if (config.burstWindow().isZero()) {
            worker.wakeAfterCommit();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Recipient> claim(int limit) {
        return entityManager.createNativeQuery("""
                        SELECT r.* FROM recipient r WHERE NOT r.deleted AND r.participant_id IN (
                            SELECT recipient_id FROM notice WHERE message_id IS NULL
                            GROUP BY recipient_id HAVING min(created_at) <= :burstOver)
                        LIMIT :limit""" + " " + SKIP_LOCKED, Recipient.class)
                .setParameter("burstOver", Instant.now().minus(config.burstWindow()))
                .setParameter("limit", limit)
                .getResultList();
    }

    @Override
    public void work(List<Recipient> recipients) {
        recipients.forEach(this::compose);
        queue.wakeAfterCommit();
    }

    private void compose(Recipient recipient) {
        List<Notice> notices = entityManager.createQuery(
                        "FROM Notice WHERE recipientId = :recipient AND messageId IS NULL ORDER BY createdAt, id", Notice.class)
                .setParameter("recipient", recipient.participantId)
                .getResultList();
        if (notices.isEmpty()) {
            return;
        }
        MailMessage message = new MailMessage();
        message.id = UUID.randomUUID();
        message.recipientId = recipient.participantId;
        message.conferenceId = notices.get(0).conferenceId;
        message.email = recipient.email;
        message.language = recipient.language;
        message.status = DeliveryStatus.PENDING;
        message.nextAttemptAt = StoredTime.now();
        message.createdAt = message.nextAttemptAt;
        message.updatedAt = message.nextAttemptAt;
        entityManager.persist(message);
        notices.forEach(n -> n.messageId = message.id);
    }
}
