package org.scorats.conference.agenda.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.scorats.conference.agenda.domain.DirectoryEntry;
import org.scorats.conference.agenda.domain.ProgramDocument;
import org.scorats.conference.agenda.domain.ProgramDocument.SessionEntry;
import org.scorats.conference.agenda.domain.Session;
import org.scorats.conference.agenda.domain.SessionFeedback;
import org.scorats.conference.agenda.repository.DirectoryRepository;
import org.scorats.conference.agenda.repository.ReleaseRepository;
import org.scorats.conference.agenda.repository.SessionRepository;
import org.scorats.conference.agenda.repository.SpeakerRepository;
import org.scorats.conference.agenda.repository.TalkRepository;
import org.scorats.conference.conventions.i18n.LocalizedText;
import org.scorats.conference.conventions.paging.NewestFirst;
import org.scorats.conference.conventions.paging.Page;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.persistence.StoredTime;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.conventions.security.Caller;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What participants thought of the sessions: each who took part (approved or checked in) rates a
 * published session once it has started, and may change their mind; the organizers read the
 * ratings per session and the comments, without names, and so do a session's own speakers and
 * chairs for their session (as pretalx shows speakers their feedback).
 */
@ApplicationScoped
public class SessionFeedbacks {

    /** A published session's ratings: how many, their mean (null with none), and how many gave each. */
    public record Summary(UUID sessionId, LocalizedText title, Instant startsAt, int count, Double average,
                          Map<Integer, Integer> ratings) {
    }

    private final EntityManager entityManager;
    private final SessionRepository sessions;
    private final ReleaseRepository releases;
    private final ProgramReleases programs;
    private final DirectoryRepository directory;
    private final TalkRepository talks;
    private final SpeakerRepository speakers;
    private final Caller caller;

    SessionFeedbacks(EntityManager entityManager, SessionRepository sessions, ReleaseRepository releases,
                     ProgramReleases programs, DirectoryRepository directory, TalkRepository talks,
                     SpeakerRepository speakers, Caller caller) {
        this.entityManager = entityManager;
        this.directory = directory;
        this.talks = talks;
        this.speakers = speakers;
        this.sessions = sessions;
        this.releases = releases;
        this.programs = programs;
        this.caller = caller;
    }

    @Transactional
    public SessionFeedback give(UUID sessionId, FeedbackRequest request) {
        Session session = sessions.require(sessionId);
        SessionEntry published = latest(session.conferenceId).session(sessionId)
                .orElseThrow(() -> ProblemException.notFound("Published session", sessionId));
        Instant now = StoredTime.now();
        if (now.isBefore(published.startsAt())) {
            throw ProblemException.conflict("session-not-started",
                    "Feedback on a session opens when it starts, at " + published.startsAt());
        }
        DirectoryEntry me = attendee(session.conferenceId);
        SessionFeedback found = find(sessionId, me.participantId);
        SessionFeedback feedback = found != null ? found : new SessionFeedback();
        if (found == null) {
            feedback.id = UUID.randomUUID();
            feedback.sessionId = sessionId;
            feedback.conferenceId = session.conferenceId;
            feedback.participantId = me.participantId;
            feedback.accountSubject = caller.subject();
            feedback.createdAt = now;
        }
        feedback.rating = request.rating();
        feedback.comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        feedback.updatedAt = now;
        if (found == null) {
            entityManager.persist(feedback); // complete first: the insert takes the fields as they are now
        }
        return feedback;
    }

    @Transactional
    public SessionFeedback mine(UUID sessionId) {
        Session session = sessions.require(sessionId);
        SessionFeedback feedback = find(sessionId, attendee(session.conferenceId).participantId);
        if (feedback == null) {
            throw ProblemException.notFound("Your feedback on session", sessionId);
        }
        return feedback;
    }

    /** Every session of the latest release in the program's order, with its ratings. */
    @Transactional
    public List<Summary> summaries(String conferenceId) {
        ProgramDocument program = latest(conferenceId);
        Map<UUID, Map<Integer, Integer>> counts = counts("f.conferenceId = :scope", conferenceId);
        return program.sessions().stream()
                .map(s -> summary(s.id(), s.title(), s.startsAt(), counts.getOrDefault(s.id(), Map.of()))).toList();
    }

    /** One session's ratings, for the organizers and the session's own speakers and chairs. */
    @Transactional
    public Summary summary(UUID sessionId) {
        Session session = readable(sessionId);
        return summary(session.id, session.title, session.startsAt,
                counts("f.sessionId = :scope", sessionId).getOrDefault(sessionId, Map.of()));
    }

    /** The comments on one session, newest first, without who wrote them. */
    @Transactional
    public Page<SessionFeedback> comments(UUID sessionId, PageRequest request) {
        readable(sessionId);
        return NewestFirst.page(entityManager, SessionFeedback.class, "sessionId = :session AND comment IS NOT NULL",
                Map.of("session", sessionId), request, f -> f.createdAt);
    }

    /**
     * The session, if the caller may read what was said of it: organizers any, a delegate one they
     * chair or speak in while their registration stands. To anyone else it is not confirmed to exist.
     */
    private Session readable(UUID sessionId) {
        Session session = sessions.require(sessionId);
        if (caller.isOrganizer()) {
            return session;
        }
        Set<UUID> mine = speakers.actingAs(session.conferenceId, caller.subject());
        boolean chairs = session.chairIds.stream().anyMatch(mine::contains);
        if (!chairs && talks.ofSession(sessionId).stream().noneMatch(t -> t.speakerIds.stream().anyMatch(mine::contains))) {
            throw ProblemException.notFound("Session", sessionId);
        }
        return session;
    }

    /** How many gave each rating, per session, of the feedback matching the condition. */
    private Map<UUID, Map<Integer, Integer>> counts(String condition, Object scope) {
        Map<UUID, Map<Integer, Integer>> counts = new HashMap<>();
        entityManager.createQuery("SELECT f.sessionId, f.rating, count(f) FROM SessionFeedback f WHERE " + condition
                        + " GROUP BY f.sessionId, f.rating", Object[].class)
                .setParameter("scope", scope)
                .getResultList()
                .forEach(row -> counts.computeIfAbsent((UUID) row[0], s -> new HashMap<>())
                        .put(((Number) row[1]).intValue(), ((Number) row[2]).intValue()));
        return counts;
    }

    private static Summary summary(UUID sessionId, LocalizedText title, Instant startsAt, Map<Integer, Integer> byRating) {
        Map<Integer, Integer> ratings = new LinkedHashMap<>();
        int count = 0;
        int sum = 0;
        for (int rating = SessionFeedback.LOWEST; rating <= SessionFeedback.HIGHEST; rating++) {
            int n = byRating.getOrDefault(rating, 0);
            ratings.put(rating, n);
            count += n;
            sum += rating * n;
        }
        Double average = count == 0 ? null : Math.round(sum * 100.0 / count) / 100.0;
        return new Summary(sessionId, title, startsAt, count, average, ratings);
    }

    private ProgramDocument latest(String conferenceId) {
        return programs.published(conferenceId, releases.requireLatestNumber(conferenceId));
    }

    /** The caller's registration at the conference, if it is approved or checked in. */
    private DirectoryEntry attendee(String conferenceId) {
        DirectoryEntry me = directory.ofAccount(conferenceId, caller.subject()).stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("Your registration at", conferenceId));
        if (!DirectoryEntry.ATTENDING.contains(me.status)) {
            throw ProblemException.forbidden("Feedback is given by participants whose registration is approved or checked in");
        }
        return me;
    }

    private SessionFeedback find(UUID sessionId, UUID participantId) {
        return entityManager.createQuery("FROM SessionFeedback WHERE sessionId = :session AND participantId = :participant",
                        SessionFeedback.class)
                .setParameter("session", sessionId)
                .setParameter("participant", participantId)
                .getResultStream().findFirst().orElse(null);
    }
}
