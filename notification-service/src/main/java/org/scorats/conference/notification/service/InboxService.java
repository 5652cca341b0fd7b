package org.scorats.conference.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.scorats.conference.conventions.paging.NewestFirst;
import org.scorats.conference.conventions.paging.Page;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.persistence.StoredTime;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.conventions.security.Caller;
import org.scorats.conference.notification.domain.ConferenceInfo;
import org.scorats.conference.notification.domain.Notice;
import org.scorats.conference.notification.domain.Recipient;
import org.scorats.conference.notification.service.InboxItem;

import java.util.Map;
import java.util.UUID;

/** A delegate's own notices, newest first, in their language; nobody else's. */
@ApplicationScoped
public class InboxService {

    private final EntityManager entityManager;
    private final MailRenderer renderer;
    private final Caller caller;

    InboxService(EntityManager entityManager, MailRenderer renderer, Caller caller) {
        this.entityManager = entityManager;
        this.renderer = renderer;
        this.caller = caller;
    }

    @Transactional
    public Page<InboxItem> page(String conferenceId, PageRequest request) {
        Recipient me = me(conferenceId);
        ConferenceInfo conference = entityManager.find(ConferenceInfo.class, conferenceId);
        return NewestFirst.page(entityManager, Notice.class, "recipientId = :me", Map.of("me", me.participantId), request,
                        n -> n.createdAt)
                .map(n -> item(me, conference, n));
    }

    @Transactional
    public InboxItem markRead(UUID noticeId) {
        Notice notice = entityManager.find(Notice.class, noticeId);
        Recipient owner = notice == null ? null : entityManager.find(Recipient.class, notice.recipientId);
        if (owner == null || !caller.subject().equals(owner.accountSubject)) {
            throw ProblemException.notFound("Notice", noticeId); // another person's: not even confirmed
        }
        if (notice.readAt == null) {
            notice.readAt = StoredTime.now();
        }
        return item(owner, entityManager.find(ConferenceInfo.class, notice.conferenceId), notice);
    }

    private Recipient me(String conferenceId) {
        return entityManager.createQuery("FROM Recipient WHERE conferenceId = :conference AND accountSubject = :me AND deleted = false",
                        Recipient.class)
                .setParameter("conference", conferenceId)
                .setParameter("me", caller.subject())
                .getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("Your registration at", conferenceId));
    }

    private InboxItem item(Recipient recipient, ConferenceInfo conference, Notice notice) {
        MailRenderer.Rendered rendered = renderer.notice(recipient, conference, notice);
        return new InboxItem(notice.id, notice.kind.code(), rendered.subject(), rendered.text(), notice.createdAt, notice.readAt);
    }
}
