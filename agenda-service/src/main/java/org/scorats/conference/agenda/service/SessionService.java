package org.scorats.conference.agenda.service;

import java.time.ZoneId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.scorats.conference.agenda.domain.ConferenceCalendar;
import org.scorats.conference.agenda.domain.Room;
import org.scorats.conference.agenda.domain.Session;
import org.scorats.conference.agenda.domain.Talk;
import org.scorats.conference.agenda.messaging.AgendaEventPublisher;
import org.scorats.conference.agenda.repository.CalendarRepository;
import org.scorats.conference.agenda.repository.RoomRepository;
import org.scorats.conference.agenda.repository.SessionRepository;
import org.scorats.conference.agenda.repository.TalkRepository;
import org.scorats.conference.agenda.service.SessionRequest;
import org.scorats.conference.agenda.service.TalkRequest;
import org.scorats.conference.conventions.http.EntityVersions;
import org.scorats.conference.conventions.persistence.StoredTime;
import org.scorats.conference.conventions.problem.FieldErrors;
import org.scorats.conference.events.agenda.AgendaEvents;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Organizers build the draft program: sessions and the talks in them, checked against the rules. */
@ApplicationScoped
@Transactional
public class SessionService {

    private final SessionRepository sessions;
    private final TalkRepository talks;
    private final RoomRepository rooms;
    private final CalendarRepository calendars;
    private final SpeakerService speakers;
    private final ScheduleRules rules;
    private final AgendaEventPublisher events;

    SessionService(SessionRepository sessions, TalkRepository talks, RoomRepository rooms, CalendarRepository calendars,
                   SpeakerService speakers, ScheduleRules rules, AgendaEventPublisher events) {
        this.sessions = sessions;
        this.talks = talks;
        this.rooms = rooms;
        this.calendars = calendars;
        this.speakers = speakers;
        this.rules = rules;
        this.events = events;
    }

    public Session create(String conferenceId, SessionRequest request) {
        ConferenceCalendar calendar = calendars.requireForScheduling(conferenceId);
        Session session = new Session();
        session.id = UUID.randomUUID();
        session.conferenceId = conferenceId;
        session.createdAt = StoredTime.now();
        apply(request, session);
        validate(session);
        rules.checkSession(calendar, session);
        sessions.persist(session);
        events.session(AgendaEvents.SESSION_CREATED, session, calendar);
        return session;
    }

    public Session update(UUID id, SessionRequest request, String ifMatch) {
        Session session = sessions.require(id);
        EntityVersions.requireMatch(ifMatch, session.version);
        ConferenceCalendar calendar = calendars.requireForScheduling(session.conferenceId);
        apply(request, session);
        validate(session);
        rules.checkSession(calendar, session);
        events.session(AgendaEvents.SESSION_UPDATED, session, calendar);
        return session;
    }

    /** Cancels the session and its talks; the next release reports them cancelled. */
    public void delete(UUID id, String ifMatch) {
        Session session = sessions.require(id);
        EntityVersions.requireMatch(ifMatch, session.version);
        ConferenceCalendar calendar = calendars.require(session.conferenceId);
        for (Talk talk : talks.ofSession(id)) {
            events.talk(AgendaEvents.TALK_CANCELLED, talk, calendar);
            talks.delete(talk);
        }
        events.session(AgendaEvents.SESSION_CANCELLED, session, calendar);
        sessions.delete(session);
    }

    public Talk addTalk(UUID sessionId, TalkRequest request) {
        Session session = sessions.require(sessionId);
        ConferenceCalendar calendar = calendars.requireForScheduling(session.conferenceId);
        Talk talk = new Talk();
        talk.id = UUID.randomUUID();
        talk.sessionId = sessionId;
        talk.conferenceId = session.conferenceId;
        talk.createdAt = StoredTime.now();
        apply(request, talk);
        validate(talk);
        rules.checkTalk(calendar, session, talk);
        talks.persist(talk);
        events.talk(AgendaEvents.TALK_CREATED, talk, calendar);
        return talk;
    }

    public Talk updateTalk(UUID id, TalkRequest request, String ifMatch) {
        Talk talk = talks.require(id);
        EntityVersions.requireMatch(ifMatch, talk.version);
        Session session = sessions.require(talk.sessionId);
        ConferenceCalendar calendar = calendars.requireForScheduling(talk.conferenceId);
        apply(request, talk);
        validate(talk);
        rules.checkTalk(calendar, session, talk);
        events.talk(AgendaEvents.TALK_UPDATED, talk, calendar);
        return talk;
    }

    public void deleteTalk(UUID id, String ifMatch) {
        Talk talk = talks.require(id);
        EntityVersions.requireMatch(ifMatch, talk.version);
        events.talk(AgendaEvents.TALK_CANCELLED, talk, calendars.require(talk.conferenceId));
        talks.delete(talk);
    }

    private void validate(Session s) {
        FieldErrors errors = new FieldErrors()
                .check(s.endsAt.isAfter(s.startsAt), "endsAt", "must be after startsAt")
                .checkDistinct(s.chairIds, "chairIds", "must not name a chair twice")
                .checkDistinct(s.languages, "languages", "must not repeat a language")
                .checkDistinct(s.interpretation, "interpretation", "must not repeat a language");
        if (s.roomId != null) {
            Room room = rooms.findById(s.roomId);
            errors.check(room != null && room.conferenceId.equals(s.conferenceId), "roomId",
                    "is not a room of " + s.conferenceId);
        }
        errors.throwIfAny();
        for (int i = 0; i < s.chairIds.size(); i++) {
            speakers.requireOf(s.conferenceId, s.chairIds.get(i), "chairIds[" + i + "]");
        }
    }

    private void validate(Talk t) {
        new FieldErrors().check(t.endsAt.isAfter(t.startsAt), "endsAt", "must be after startsAt")
                .checkDistinct(t.speakerIds, "speakerIds", "must not name a speaker twice").throwIfAny();
        for (int i = 0; i < t.speakerIds.size(); i++) {
            speakers.requireOf(t.conferenceId, t.speakerIds.get(i), "speakerIds[" + i + "]");
        }
    }

    private static void apply(SessionRequest r, Session s) {
        s.kind = r.kind();
        s.title = r.title();
        s.description = r.description();
        s.topics = r.topics() == null ? List.of() : List.copyOf(r.topics());
        s.startsAt = r.startsAt().toInstant();
        s.endsAt = r.endsAt().toInstant();
        s.roomId = r.roomId();
        s.chairIds.clear();
        s.chairIds.addAll(r.chairIds() == null ? List.of() : r.chairIds());
        s.languages = r.languages() == null ? List.of() : List.copyOf(r.languages());
        s.interpretation = r.interpretation() == null ? List.of() : List.copyOf(r.interpretation());
        s.updatedAt = StoredTime.now();
    }

    private static void apply(TalkRequest r, Talk t) {
        t.title = r.title();
        t.summary = r.summary();
        t.startsAt = r.startsAt().toInstant();
        t.endsAt = r.endsAt().toInstant();
        t.language = r.language();
        t.speakerIds.clear();
        t.speakerIds.addAll(r.speakerIds() == null ? new ArrayList<>() : r.speakerIds());
        t.updatedAt = StoredTime.now();
    }

    public Session get(UUID id) {
        return sessions.require(id);
    }

    /** The draft's sessions, in time order. */
    public List<Session> ofConference(String conferenceId) {
        return sessions.ofConference(conferenceId);
    }

    public Talk talk(UUID id) {
        return talks.require(id);
    }

    public List<Talk> talksOf(UUID sessionId) {
        sessions.require(sessionId);
        return talks.ofSession(sessionId);
    }

    /** The conference's time zone, in which the draft's times are shown. */
    public ZoneId zone(String conferenceId) {
        return calendars.require(conferenceId).zone();
    }
}
