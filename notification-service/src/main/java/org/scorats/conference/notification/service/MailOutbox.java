package org.scorats.conference.notification.service;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.conventions.work.DrainWorker;
import org.scorats.conference.notification.config.MailConfig;
import org.scorats.conference.notification.domain.ConferenceInfo;
import org.scorats.conference.notification.domain.DeliveryStatus;
import org.scorats.conference.notification.domain.MailMessage;
import org.scorats.conference.notification.domain.Notice;
import org.scorats.conference.notification.domain.Recipient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns notices into emails and sends them. A person's notices wait until the first of them is
 * {@code notification.mail.burst-window} old, then go out together as one email. A send that
 * fails is tried again after 1, 2, 4... times {@code retry-after}; after {@code max-attempts} the
 * email is dead and waits for an organizer to resend it. Rows are claimed with SKIP LOCKED, so
 * several instances share the work without sending anything twice.
 */
@ApplicationScoped
public class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class);
    private static final int BATCH = 20;

    private final EntityManager entityManager;
    private final MailRenderer renderer;
    private final Mailer mailer;
    private final MailConfig config;
    private final RetryPolicy retries;
    private final DrainWorker worker = new DrainWorker("mail-outbox", this::work);

    MailOutbox(EntityManager entityManager, MailRenderer renderer, Mailer mailer, MailConfig config) {
        this.entityManager = entityManager;
        this.renderer = renderer;
        this.mailer = mailer;
        this.config = config;
        this.retries = new RetryPolicy(config.retryAfter(), config.maxAttempts());
    }

    /** A notice was recorded; fired inside the consumer's transaction. */
    public record NoticeRecorded() {
    }

    @Scheduled(every = "${notification.mail.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        worker.nudge();
    }

    /** Without a burst window a notice can go at once; with one, the poll finds the burst when it is over. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticeRecorded recorded) {
        if (config.burstWindow().isZero()) {
            worker.nudge();
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        worker.stop(Duration.ofSeconds(10));
    }

    private void work() {
        compose();
        while (send() == BATCH) {
            // a full batch: more may be due
        }
    }

    /** Gathers the notices of every burst that is over into one email per person. */
    void compose() {
        @SuppressWarnings("unchecked")
        List<UUID> ready = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                        SELECT n.recipient_id FROM notice n JOIN recipient r ON r.participant_id = n.recipient_id
                        WHERE n.message_id IS NULL AND NOT r.deleted
                        GROUP BY n.recipient_id HAVING min(n.created_at) <= :burstOver""", UUID.class)
                .setParameter("burstOver", Instant.now().minus(config.burstWindow()))
                .getResultList());
        ready.forEach(recipient -> QuarkusTransaction.requiringNew().run(() -> composeFor(recipient)));
    }

    private void composeFor(UUID recipientId) {
        List<Notice> notices = entityManager.createQuery(
                        "FROM Notice WHERE recipientId = :recipient AND messageId IS NULL ORDER BY createdAt, id", Notice.class)
                .setParameter("recipient", recipientId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2) // SKIP LOCKED: another instance has them
                .getResultList();
        Recipient recipient = entityManager.find(Recipient.class, recipientId);
        if (notices.isEmpty() || recipient == null) {
            return;
        }
        MailMessage message = new MailMessage();
        message.id = UUID.randomUUID();
        message.recipientId = recipientId;
        message.conferenceId = notices.get(0).conferenceId;
        message.email = recipient.email;
        message.language = recipient.language;
        message.status = DeliveryStatus.PENDING;
        message.nextAttemptAt = Instant.now();
        message.createdAt = message.nextAttemptAt;
        message.updatedAt = message.nextAttemptAt;
        entityManager.persist(message);
        notices.forEach(n -> n.messageId = message.id);
    }

    /** Sends up to a batch of the emails that are due, each in its own transaction; returns how many it handled. */
    int send() {
        @SuppressWarnings("unchecked")
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                        SELECT id FROM mail_message WHERE status IN ('pending', 'failed') AND next_attempt_at <= now()
                        ORDER BY next_attempt_at LIMIT :batch""", UUID.class)
                .setParameter("batch", BATCH)
                .getResultList());
        return (int) due.stream().filter(id -> QuarkusTransaction.requiringNew().call(() -> sendOne(id))).count();
    }

    /** @return false when another instance has it (locked, or sent meanwhile) */
    private boolean sendOne(UUID id) {
        MailMessage message = entityManager.find(MailMessage.class, id, LockModeType.PESSIMISTIC_WRITE,
                Map.of("jakarta.persistence.lock.timeout", -2));
        if (message == null || (message.status != DeliveryStatus.PENDING && message.status != DeliveryStatus.FAILED)) {
            return false;
        }
        List<Notice> notices = entityManager.createQuery("FROM Notice WHERE messageId = :message ORDER BY createdAt, id", Notice.class)
                .setParameter("message", id)
                .getResultList();
        Recipient recipient = entityManager.find(Recipient.class, message.recipientId);
        ConferenceInfo conference = entityManager.find(ConferenceInfo.class, message.conferenceId);
        message.attempts++;
        message.updatedAt = Instant.now();
        try {
            MailRenderer.Rendered mail = renderer.mail(recipient, conference, notices);
            message.subject = mail.subject();
            mailer.send(Mail.withText(message.email, mail.subject(), mail.text()).setHtml(mail.html()));
            message.status = DeliveryStatus.SENT;
            message.sentAt = Instant.now();
            message.lastError = null;
        } catch (RuntimeException e) {
            message.lastError = e.getMessage() == null ? e.toString() : e.getMessage();
            message.status = retries.statusAfterFailure(message.attempts);
            message.nextAttemptAt = retries.nextAttemptAfterFailure(message.attempts);
            LOG.warnf("Mail %s to %s failed (attempt %d, now %s): %s", id, message.email, message.attempts,
                    message.status.code(), message.lastError);
        }
        return true;
    }

    /** Puts a dead or failed email back in line, for an organizer. */
    public MailMessage resend(UUID id) {
        MailMessage message = entityManager.find(MailMessage.class, id);
        if (message == null) {
            throw ProblemException.notFound("Mail", id);
        }
        if (message.status == DeliveryStatus.SENT) {
            throw ProblemException.conflict("mail-sent",
                    "This mail was delivered to the mail server already");
        }
        message.status = DeliveryStatus.PENDING;
        message.attempts = 0;
        message.nextAttemptAt = Instant.now();
        message.updatedAt = message.nextAttemptAt;
        return message;
    }
}
