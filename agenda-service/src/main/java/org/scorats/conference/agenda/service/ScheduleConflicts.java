package org.scorats.conference.agenda.service;

import org.scorats.conference.agenda.domain.ConferenceCalendar;
import org.scorats.conference.agenda.domain.Session;
import org.scorats.conference.agenda.domain.Talk;
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
 * The schedule rules as pure functions: a candidate session or talk, and the items found to
 * overlap it in time, give the conflicts an organizer is told of. No database here, so each rule
 * is tested on its own.
 */
final class ScheduleConflicts {

    private ScheduleConflicts() {
    }

    /**
     * @param sameRoom       other sessions in the candidate's room at the same time
     * @param chairsSpeaking talks at the same time where one of its chairs speaks
     * @param chairsChairing other sessions at the same time that one of its chairs chairs
     * @param ownTalks       the candidate's talks, which must fit inside it
     */
    static List<Conflict> ofSession(ConferenceCalendar calendar, Session candidate, List<Session> sameRoom,
                                    List<Talk> chairsSpeaking, List<Session> chairsChairing, List<Talk> ownTalks) {
        ZoneId zone = calendar.zone();
        List<Conflict> conflicts = new ArrayList<>();
        if (outside(calendar, candidate)) {
            conflicts.add(new Conflict("session-outside-conference", "session", candidate.id, null,
                    candidate.startsAt.atZone(zone).toOffsetDateTime(), candidate.endsAt.atZone(zone).toOffsetDateTime(),
                    null, null));
        }
        sameRoom.forEach(s -> conflicts.add(session("room-double-booked", s, zone, null, candidate.roomId)));
        Set<UUID> chairs = new HashSet<>(candidate.chairIds);
        chairsSpeaking.forEach(t -> conflicts.add(talk("speaker-double-booked", t, zone, common(chairs, t.speakerIds))));
        chairsChairing.forEach(s -> conflicts.add(session("speaker-double-booked", s, zone, common(chairs, s.chairIds), null)));
        ownTalks.stream()
                .filter(t -> t.startsAt.isBefore(candidate.startsAt) || t.endsAt.isAfter(candidate.endsAt))
                .forEach(t -> conflicts.add(talk("talk-outside-session", t, zone, null)));
        return conflicts;
    }

    /**
     * @param speakersSpeaking other talks at the same time where one of its speakers speaks
     * @param speakersChairing sessions (other than its own) at the same time that one of its speakers chairs
     */
    static List<Conflict> ofTalk(ZoneId zone, Session session, Talk candidate, List<Talk> speakersSpeaking,
                                 List<Session> speakersChairing) {
        List<Conflict> conflicts = new ArrayList<>();
        if (candidate.startsAt.isBefore(session.startsAt) || candidate.endsAt.isAfter(session.endsAt)) {
            conflicts.add(session("talk-outside-session", session, zone, null, null));
        }
        Set<UUID> speakers = new HashSet<>(candidate.speakerIds);
        speakersSpeaking.forEach(t -> conflicts.add(talk("speaker-double-booked", t, zone, common(speakers, t.speakerIds))));
        speakersChairing.forEach(s -> conflicts.add(session("speaker-double-booked", s, zone, common(speakers, s.chairIds), null)));
        return conflicts;
    }

    /** The sessions the conference's days, in its zone, do not hold: after the conference moved, say. */
    static List<Conflict> outsideConference(ConferenceCalendar calendar, List<Session> sessions) {
        return sessions.stream().filter(s -> outside(calendar, s))
                .map(s -> session("session-outside-conference", s, calendar.zone(), null, null)).toList();
    }

    /**
     * The talks given and sessions chaired by speakers who no longer take part (their registration
     * withdrawn, rejected or deleted): published, the program would announce someone who is not coming.
     */
    static List<Conflict> speakersNotTakingPart(ZoneId zone, Set<UUID> gone, List<Session> sessions, List<Talk> talks) {
        List<Conflict> conflicts = new ArrayList<>();
        sessions.forEach(s -> s.chairIds.stream().filter(gone::contains).findFirst()
                .ifPresent(chair -> conflicts.add(session("speaker-not-taking-part", s, zone, chair, null))));
        talks.forEach(t -> t.speakerIds.stream().filter(gone::contains).findFirst()
                .ifPresent(speaker -> conflicts.add(talk("speaker-not-taking-part", t, zone, speaker))));
        return conflicts;
    }

    private static boolean outside(ConferenceCalendar calendar, Session s) {
        LocalDate firstDay = s.startsAt.atZone(calendar.zone()).toLocalDate();
        LocalDate lastDay = s.endsAt.minusNanos(1).atZone(calendar.zone()).toLocalDate();
        return firstDay.isBefore(calendar.startDate) || lastDay.isAfter(calendar.endDate);
    }

    static void refuseIfAny(List<Conflict> conflicts) {
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
