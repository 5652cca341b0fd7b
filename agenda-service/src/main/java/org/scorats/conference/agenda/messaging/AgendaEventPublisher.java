package org.scorats.conference.agenda.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.scorats.conference.agenda.domain.ConferenceCalendar;
import org.scorats.conference.agenda.domain.Session;
import org.scorats.conference.agenda.domain.Speaker;
import org.scorats.conference.agenda.domain.Talk;
import org.scorats.conference.conventions.outbox.Outbox;
import org.scorats.conference.events.EventType;
import org.scorats.conference.events.agenda.AgendaEvents;
import org.scorats.conference.events.agenda.ProgramPublished;
import org.scorats.conference.events.agenda.SessionEvent;
import org.scorats.conference.events.agenda.SessionSnapshot;
import org.scorats.conference.events.agenda.SpeakerEvent;
import org.scorats.conference.events.agenda.SpeakerSnapshot;
import org.scorats.conference.events.agenda.TalkEvent;
import org.scorats.conference.events.agenda.TalkSnapshot;

import java.time.ZoneId;
import java.util.List;

/** Every change to sessions, talks and speakers, and every release, as events through the outbox. */
@ApplicationScoped
public class AgendaEventPublisher {

    private final Outbox outbox;
    private final EntityManager entityManager;

    AgendaEventPublisher(Outbox outbox, EntityManager entityManager) {
        this.outbox = outbox;
        this.entityManager = entityManager;
    }

    public void session(EventType<SessionEvent> type, Session s, ConferenceCalendar calendar) {
        entityManager.flush(); // the snapshot carries the version this change commits with
        ZoneId zone = calendar.zone();
        outbox.publish(type, s.id.toString(), "sessions/" + s.id, new SessionEvent(new SessionSnapshot(s.id,
                s.conferenceId, s.kind.code(), s.title.toMap(), s.startsAt.atZone(zone).toOffsetDateTime(),
                s.endsAt.atZone(zone).toOffsetDateTime(), s.roomId, List.copyOf(s.chairIds), s.version)));
    }

    public void talk(EventType<TalkEvent> type, Talk t, ConferenceCalendar calendar) {
        entityManager.flush();
        ZoneId zone = calendar.zone();
        outbox.publish(type, t.sessionId.toString(), "talks/" + t.id, new TalkEvent(new TalkSnapshot(t.id,
                t.conferenceId, t.sessionId, t.title.toMap(), t.startsAt.atZone(zone).toOffsetDateTime(),
                t.endsAt.atZone(zone).toOffsetDateTime(), t.language, List.copyOf(t.speakerIds), t.version)));
    }

    public void speaker(EventType<SpeakerEvent> type, Speaker s, String organization) {
        entityManager.flush();
        outbox.publish(type, s.id.toString(), "speakers/" + s.id, new SpeakerEvent(new SpeakerSnapshot(s.id,
                s.conferenceId, s.participantId, s.givenName, s.familyName, s.givenNameLatin, s.familyNameLatin,
                organization, s.version)));
    }

    public void published(ProgramPublished release) {
        outbox.publish(AgendaEvents.PROGRAM_PUBLISHED, release.conferenceId(),
                "conferences/" + release.conferenceId() + "/program/releases/" + release.release(), release);
    }
}
