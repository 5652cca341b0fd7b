package org.scorats.conference.notification.service;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.TimeoutException;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.scorats.conference.conventions.persistence.StoredTime;
import org.scorats.conference.conventions.work.DueWork;
import org.scorats.conference.conventions.work.DueWorker;
import org.scorats.conference.conventions.work.DueWorkers;
import org.scorats.conference.notification.config.MailConfig;
import org.scorats.conference.notification.domain.ConferenceInfo;
import org.scorats.conference.notification.domain.DeliveryStatus;
import org.scorats.conference.notification.domain.MailMessage;
import org.scorats.conference.notification.domain.Notice;
import org.scorats.conference.notification.domain.Recipient;

import java.time.Duration;
import java.util.List;

/**
 * Emails waiting to go to the SMTP server. A send that fails is tried again after 1, 2, 4... times
 * {@code notification.mail.retry-after}; after {@code max-attempts} the email is dead and waits for
 * an organizer to resend it. Each email is claimed in a transaction of its own (SKIP LOCKED), so
 * several senders and instances share the queue and a failure never holds back the emails behind it.
 */
@ApplicationScoped
public class MailQueue implements DueWork<MailMessage> {

    private static final Logger LOG = Logger.getLogger(MailQueue.class);

    private final EntityManager entityManager;
    private final MailRenderer renderer;
    private final ReactiveMailer mailer;
    private final MailConfig config;
    private final RetryPolicy retries;
    private final DueWorkers workers;
    private final Vertx vertx;
    /**
     * Where every send starts. The mail client opens a connection on the event loop of the thread that
     * asks for it and starts reading the server's greeting only once the connection is handed over; from
     * a sender thread those are two event loops, and a greeting that arrives in between is dropped: the
     * client then waits for it while the server waits for EHLO, until the send deadline. On one event
     * loop the hand-over runs before the greeting can be read.
     */
    private Context smtpContext;
    private DueWorker<MailMessage> worker;

    MailQueue(EntityManager entityManager, MailRenderer renderer, ReactiveMailer mailer, MailConfig config, DueWorkers workers,
              Vertx vertx) {
        this.entityManager = entityManager;
        this.renderer = renderer;
        this.mailer = mailer;
        this.config = config;
        this.workers = workers;
        this.retries = new RetryPolicy(config.retryAfter(), config.maxAttempts());
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent startup) {
        // Called on the main thread, so this is a new event-loop context rather than a caller's.
        smtpContext = vertx.getOrCreateContext();
        // One email per transaction: a lost commit re-sends at most the one email it covered. Several
        // senders, each claiming other rows, since one SMTP transaction takes tens of milliseconds.
        // The transaction outlives the two tries a send may take (see deliver).
        Duration transaction = config.sendTimeout().multipliedBy(2).plusSeconds(30);
        worker = workers.start(new DueWorker.Settings("mail-queue", config.pollInterval(), 1, transaction, config.senders()), this);
    }

    /** Emails were queued or put back in line in the current transaction. */
    void wakeAfterCommit() {
        worker.wakeAfterCommit();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<MailMessage> claim(int limit) {
        return entityManager.createNativeQuery("""
                        SELECT * FROM mail_message WHERE status IN ('pending', 'failed') AND next_attempt_at <= now()
                        ORDER BY next_attempt_at LIMIT :limit""" + " " + SKIP_LOCKED, MailMessage.class)
                .setParameter("limit", limit)
                .getResultList();
    }

    @Override
    public void work(List<MailMessage> messages) {
        messages.forEach(this::send);
    }

    private void send(MailMessage message) {
        List<Notice> notices = entityManager.createQuery("FROM Notice WHERE messageId = :message ORDER BY createdAt, id", Notice.class)
                .setParameter("message", message.id)
                .getResultList();
        Recipient recipient = entityManager.find(Recipient.class, message.recipientId);
        ConferenceInfo conference = entityManager.find(ConferenceInfo.class, message.conferenceId);
        message.attempts++;
        message.updatedAt = StoredTime.now();
        try {
            MailRenderer.Rendered mail = renderer.mail(recipient, conference, notices);
            message.subject = mail.subject();
            deliver(Mail.withText(message.email, mail.subject(), mail.text()).setHtml(mail.html()));
            message.status = DeliveryStatus.SENT;
            message.sentAt = StoredTime.now();
            message.lastError = null;
        } catch (RuntimeException e) {
            message.lastError = SmtpFailure.reason(e);
            message.status = retries.statusAfterFailure(message.attempts);
            message.nextAttemptAt = retries.nextAttemptAfterFailure(message.attempts);
            LOG.warnf("Mail %s to %s failed (attempt %d, now %s): %s", message.id, message.email, message.attempts,
                    message.status.code(), message.lastError);
        }
    }

    /** One SMTP transaction; if it failed with its connection rather than for the mail, once more on a new connection. */
    private void deliver(Mail mail) {
        try {
            sendWithinDeadline(mail);
        } catch (RuntimeException e) {
            if (!SmtpFailure.endedConnection(e)) {
                throw e;
            }
            LOG.infof("SMTP connection ended (%s); sending to %s again on a new one", SmtpFailure.reason(e), mail.getTo());
            sendWithinDeadline(mail);
        }
    }

    /** The mail client itself waits for an answer forever: a hung relay would hold this sender for good. */
    private void sendWithinDeadline(Mail mail) {
        try {
            mailer.send(mail).runSubscriptionOn(send -> smtpContext.runOnContext(started -> send.run()))
                    .await().atMost(config.sendTimeout());
        } catch (TimeoutException e) {
            throw new SmtpFailure.NoAnswer(config.sendTimeout());
        }
    }
}
