package org.scorats.conference.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.scorats.conference.conventions.paging.NewestFirst;
import org.scorats.conference.conventions.paging.Page;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.persistence.StoredTime;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.notification.domain.DeliveryStatus;
import org.scorats.conference.notification.domain.MailMessage;

import java.util.Map;
import java.util.UUID;

/** What organizers see of the mail going out, and how they put dead mail back in line. */
@ApplicationScoped
@Transactional
public class MailDeliveries {

    private final EntityManager entityManager;
    private final MailQueue queue;

    MailDeliveries(EntityManager entityManager, MailQueue queue) {
        this.entityManager = entityManager;
        this.queue = queue;
    }

    /** @param status only emails in this state, or null for all */
    public Page<MailMessage> page(DeliveryStatus status, PageRequest request) {
        return NewestFirst.page(entityManager, MailMessage.class, status == null ? null : "status = :status",
                status == null ? Map.of() : Map.of("status", status), request, m -> m.createdAt);
    }

    /** Puts a dead or failed email back in line. */
    public MailMessage resend(UUID id) {
        MailMessage message = entityManager.find(MailMessage.class, id);
        if (message == null) {
            throw ProblemException.notFound("Mail", id);
        }
        if (message.status == DeliveryStatus.SENT) {
            throw ProblemException.conflict("mail-sent", "This mail was delivered to the mail server already");
        }
        message.status = DeliveryStatus.PENDING;
        message.attempts = 0;
        message.nextAttemptAt = StoredTime.now();
        message.updatedAt = message.nextAttemptAt;
        queue.wakeAfterCommit();
        return message;
    }
}
