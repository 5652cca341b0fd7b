package org.scorats.conference.agenda.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.scorats.conference.agenda.domain.ConferenceCalendar;
import org.scorats.conference.agenda.domain.Session;
import org.scorats.conference.agenda.domain.Talk;
import org.scorats.conference.agenda.repository.SessionRepository;
import org.scorats.conference.agenda.repository.TalkRepository;
import org.scorats.conference.conventions.problem.ProblemException;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The program's rules, checked on every change before it is written: nobody in two places at once
 * (talks and chaired sessions), no room holding two things at once, talks inside their session,
 * sessions inside the conference's days. A refusal names every clashing item.
 */
@ApplicationScoped
public class ScheduleRules {

    private static final UUID NONE = new UUID(0, 0);

    private final SessionRepository sessions;
    private final TalkRepository talks;

    ScheduleRules(SessionRepository sessions, TalkRepository talks) {
        this.sessions = sessions;
        this.talks = talks;
    }

    /** A session as it would be: its id, time, room and chairs. */
    public void checkSession(ConferenceCalendar calendar, Session candidate) {
        ZoneId zone = calendar.zone();
        List<Conflict> conflicts = new ArrayList<>();
        LocalDate firstDay = candidate.startsAt.atZone(zone).toLocalDate();
        LocalDate lastDay = candidate.endsAt.minusNanos(1).atZone(zone).toLocalDate();
        if (firstDay.isBefore(calendar.startDate) || lastDay.isAfter(calendar.endDate)) {
            conflicts.add(new Conflict("session-outside-conference", "session", candidate.id, null,
                    candidate.startsAt.atZone(zone).toOffsetDateTime(), candidate.endsAt.atZone(zone).toOffsetDateTime(),
                    null, null));
        }
        if (candidate.roomId != null) {
            sessions.inRoomDuring(candidate.roomId, candidate.startsAt, candidate.endsAt, candidate.id)
                    .forEach(s -> conflicts.add(session("room-double-booked", s, zone, null, candidate.roomId)));
        }
        Set<UUID> chairs = new HashSet<>(candidate.chairIds);
        if (!chairs.isEmpty()) {
            talks.spokenDuring(chairs, candidate.startsAt, candidate.endsAt, NONE, candidate.id)
                    .forEach(t -> conflicts.add(talk("speaker-double-booked", t, zone, common(chairs, t.speakerIds))));
            sessions.chairedDuring(chairs, candidate.startsAt, candidate.endsAt, candidate.id)
                    .forEach(s -> conflicts.add(session("speaker-double-booked", s, zone, common(chairs, s.chairIds), null)));
        }
        talks.ofSession(candidate.id).stream()
                .filter(t -> t.startsAt.isBefore(candidate.startsAt) || t.endsAt.isAfter(candidate.endsAt))
                .forEach(t -> conflicts.add(talk("talk-outside-session", t, zone, null)));
        refuseIfAny(conflicts);
    }

    /** A talk as it would be, in its session. */
    public void checkTalk(ConferenceCalendar calendar, Session session, Talk candidate) {
        ZoneId zone = calendar.zone();
        List<Conflict> conflicts = new ArrayList<>();
        if (candidate.startsAt.isBefore(session.startsAt) || candidate.endsAt.isAfter(session.endsAt)) {
            conflicts.add(session("talk-outside-session", session, zone, null, null));
        }
        Set<UUID> speakers = new HashSet<>(candidate.speakerIds);
        if (!speakers.isEmpty()) {
            talks.spokenDuring(speakers, candidate.startsAt, candidate.endsAt, candidate.id, NONE)
                    .forEach(t -> conflicts.add(talk("speaker-double-booked", t, zone, common(speakers, t.speakerIds))));
            sessions.chairedDuring(speakers, candidate.startsAt, candidate.endsAt, session.id)
                    .forEach(s -> conflicts.add(session("speaker-double-booked", s, zone, common(speakers, s.chairIds), null)));
        }
        refuseIfAny(conflicts);
    }

    private static void refuseIfAny(List<Conflict> conflicts) {
        if (conflicts.isEmpty()) {
            return;
        }
        String detail = conflicts.size() + " conflict(s): " + conflicts.stream()
                .map(c -> c.rule() + (c.title() == null ? "" : " with '" + c.title() + "'"))
                .collect(Collectors.joining("; "));
        throw new ProblemException(409, "schedule-conflict", "Schedule conflict", detail, null,
                Map.of("conflicts", conflicts));
    }

    private static Conflict session(String rule, Session s, ZoneId zone, UUID speaker, UUID room) {
        return new Conflict(rule, "session", s.id, s.title.en(), s.startsAt.atZone(zone).toOffsetDateTime(),
                s.endsAt.atZone(zone).toOffsetDateTime(), speaker, room);
    }

    private static Conflict talk(String rule, Talk t, ZoneId zone, UUID speaker) {
        return new Conflict(rule, "talk", t.id, t.title.en(), t.startsAt.atZone(zone).toOffsetDateTime(),
                t.endsAt.atZone(zone).toOffsetDateTime(), speaker, null);
    }

    private static UUID common(Set<UUID> ours, List<UUID> theirs) {
        return theirs.stream().filter(ours::contains).findFirst().orElse(null);
    }
}
