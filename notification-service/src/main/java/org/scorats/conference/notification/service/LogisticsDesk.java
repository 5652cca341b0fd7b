package org.scorats.conference.notification.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.scorats.conference.conventions.inbox.IncomingEvent;
import org.scorats.conference.conventions.paging.NewestFirst;
import org.scorats.conference.conventions.paging.Page;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.persistence.StoredTime;
import org.scorats.conference.events.registration.ArrivalChange;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.notification.domain.ConferenceInfo;
import org.scorats.conference.notification.domain.DeskNotice;

import java.util.Map;
import java.util.UUID;

/**
 * The logistics desk's inbox: every change to an approved participant's arrival, so whoever meets
 * delegations at the airport and the station knows of a new flight before the car leaves.
 */
@ApplicationScoped
public class LogisticsDesk {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    private final ObjectMapper json;

    LogisticsDesk(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /** Call inside the consumer's transaction, once per event (the inbox sees to that). */
    public void arrivalChanged(IncomingEvent event, ArrivalChange change) {
        DeskNotice notice = new DeskNotice();
        notice.id = UUID.randomUUID();
        notice.conferenceId = change.conferenceId();
        notice.desk = DeskNotice.LOGISTICS;
        notice.kind = "arrival-changed";
        notice.participantId = change.participantId();
        notice.data = json.convertValue(change, MAP);
        notice.eventId = event.id();
        notice.createdAt = StoredTime.now();
        entityManager.persist(notice);
    }

    @Transactional
    public Page<DeskNotice> page(String conferenceId, PageRequest request) {
        if (entityManager.find(ConferenceInfo.class, conferenceId) == null) {
            throw ProblemException.notFound("Conference", conferenceId);
        }
        return NewestFirst.page(entityManager, DeskNotice.class, "conferenceId = :conference AND desk = :desk",
                Map.of("conference", conferenceId, "desk", DeskNotice.LOGISTICS), request, n -> n.createdAt);
    }
}
