package org.scorats.conference.agenda.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.scorats.conference.agenda.domain.ConferenceCalendar;
import org.scorats.conference.agenda.domain.Session;
import org.scorats.conference.agenda.domain.Talk;
import org.scorats.conference.agenda.repository.SessionRepository;
import org.scorats.conference.agenda.repository.SpeakerRepository;
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
 * sessions inside the conference's days, no part given to a speaker whose registration has ended.
 * A refusal names every clashing item. The database finds what overlaps in time;
 * {@link ScheduleConflicts} decides what clashes.
 */
@ApplicationScoped
public class ScheduleRules {

    private static final UUID NONE = new UUID(0, 0);

    private final SessionRepository sessions;
    private final TalkRepository talks;
    private final SpeakerRepository speakers;

    ScheduleRules(SessionRepository sessions, TalkRepository talks, SpeakerRepository speakers) {
        this.sessions = sessions;
        this.talks = talks;
        this.speakers = speakers;
    }

    /** A session as it would be: its id, time, room and chairs. */
    public void checkSession(ConferenceCalendar calendar, Session candidate) {
        Set<UUID> chairs = new HashSet<>(candidate.chairIds);
        List<Conflict> conflicts = new ArrayList<>(ScheduleConflicts.ofSession(calendar, candidate,
                candidate.roomId == null ? List.of()
                        : sessions.inRoomDuring(candidate.roomId, candidate.startsAt, candidate.endsAt, candidate.id),
                chairs.isEmpty() ? List.of() : talks.spokenDuring(chairs, candidate.startsAt, candidate.endsAt, NONE, candidate.id),
                chairs.isEmpty() ? List.of() : sessions.chairedDuring(chairs, candidate.startsAt, candidate.endsAt, candidate.id),
                talks.ofSession(candidate.id)));
        if (!chairs.isEmpty()) {
            conflicts.addAll(ScheduleConflicts.speakersNotTakingPart(calendar.zone(),
                    speakers.notTakingPart(calendar.conferenceId), List.of(candidate), List.of()));
        }
        ScheduleConflicts.refuseIfAny(conflicts);
    }

    /**
     * The draft as a whole, before it is published: each change was checked when it was made, but
     * since then the conference may have moved to other days or another zone, leaving sessions
     * outside it, and a speaker's registration may have ended, leaving talks and chairs to nobody.
     */
    public void checkPublishable(ConferenceCalendar calendar) {
        List<Session> draft = sessions.ofConference(calendar.conferenceId);
        List<Conflict> conflicts = new ArrayList<>(ScheduleConflicts.outsideConference(calendar, draft));
        Set<UUID> gone = speakers.notTakingPart(calendar.conferenceId);
        if (!gone.isEmpty()) {
            conflicts.addAll(ScheduleConflicts.speakersNotTakingPart(calendar.zone(), gone, draft,
                    talks.ofConference(calendar.conferenceId)));
        }
        ScheduleConflicts.refuseIfAny(conflicts);
    }

    /** A talk as it would be, in its session. */
    public void checkTalk(ConferenceCalendar calendar, Session session, Talk candidate) {
        Set<UUID> speaking = new HashSet<>(candidate.speakerIds);
        List<Conflict> conflicts = new ArrayList<>(ScheduleConflicts.ofTalk(calendar.zone(), session, candidate,
                speaking.isEmpty() ? List.of() : talks.spokenDuring(speaking, candidate.startsAt, candidate.endsAt, candidate.id, NONE),
                speaking.isEmpty() ? List.of() : sessions.chairedDuring(speaking, candidate.startsAt, candidate.endsAt, session.id)));
        if (!speaking.isEmpty()) {
            conflicts.addAll(ScheduleConflicts.speakersNotTakingPart(calendar.zone(),
                    speakers.notTakingPart(calendar.conferenceId), List.of(), List.of(candidate)));
        }
        ScheduleConflicts.refuseIfAny(conflicts);
    }
}
