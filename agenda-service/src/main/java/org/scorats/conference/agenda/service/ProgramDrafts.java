package org.scorats.conference.agenda.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.scorats.conference.agenda.domain.ConferenceCalendar;
import org.scorats.conference.agenda.domain.ProgramDocument;
import org.scorats.conference.agenda.domain.Room;
import org.scorats.conference.agenda.domain.Session;
import org.scorats.conference.agenda.domain.Speaker;
import org.scorats.conference.agenda.domain.Talk;
import org.scorats.conference.agenda.repository.RoomRepository;
import org.scorats.conference.agenda.repository.SessionRepository;
import org.scorats.conference.agenda.repository.SpeakerRepository;
import org.scorats.conference.agenda.repository.TalkRepository;
import org.scorats.conference.conventions.i18n.LocalizedText;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Freezes the working draft into a program document: what a release publishes. */
@ApplicationScoped
public class ProgramDrafts {

    private final SessionRepository sessions;
    private final TalkRepository talks;
    private final RoomRepository rooms;
    private final SpeakerRepository speakerRepository;
    private final SpeakerService speakers;

    ProgramDrafts(SessionRepository sessions, TalkRepository talks, RoomRepository rooms,
                  SpeakerRepository speakerRepository, SpeakerService speakers) {
        this.sessions = sessions;
        this.talks = talks;
        this.rooms = rooms;
        this.speakerRepository = speakerRepository;
        this.speakers = speakers;
    }

    public ProgramDocument freeze(ConferenceCalendar calendar, int release, Instant publishedAt, String comment) {
        String conferenceId = calendar.conferenceId;
        Map<UUID, List<Talk>> talksBySession = talks.ofConference(conferenceId).stream()
                .collect(Collectors.groupingBy(t -> t.sessionId));
        var conference = new ProgramDocument.ConferenceInfo(conferenceId, LocalizedText.of(calendar.name),
                calendar.startDate, calendar.endDate, calendar.timeZone, LocalizedText.of(calendar.venue),
                List.copyOf(calendar.languages));
        List<ProgramDocument.RoomEntry> roomEntries = rooms.list("conferenceId = ?1 ORDER BY id", conferenceId).stream()
                .map(ProgramDrafts::room).toList();
        List<ProgramDocument.SpeakerEntry> speakerEntries = speakerRepository.ofConference(conferenceId).stream()
                .map(this::speaker).toList();
        List<ProgramDocument.SessionEntry> sessionEntries = sessions.ofConference(conferenceId).stream()
                .map(s -> session(s, talksBySession.getOrDefault(s.id, List.of()))).toList();
        return new ProgramDocument(release, publishedAt, comment, conference, roomEntries, speakerEntries, sessionEntries);
    }

    private static ProgramDocument.RoomEntry room(Room r) {
        return new ProgramDocument.RoomEntry(r.id, r.name, r.capacity, List.copyOf(r.interpretation));
    }

    private ProgramDocument.SpeakerEntry speaker(Speaker s) {
        SpeakerService.Names names = speakers.names(s);
        return new ProgramDocument.SpeakerEntry(s.id, s.participantId, names.givenName(), names.familyName(),
                names.givenNameLatin(), names.familyNameLatin(), names.organization(), s.biography);
    }

    private static ProgramDocument.SessionEntry session(Session s, List<Talk> talks) {
        return new ProgramDocument.SessionEntry(s.id, s.kind.code(), s.title, s.description, List.copyOf(s.topics),
                s.startsAt, s.endsAt, s.roomId, List.copyOf(s.chairIds), List.copyOf(s.languages),
                List.copyOf(s.interpretation), talks.stream()
                .map(t -> new ProgramDocument.TalkEntry(t.id, t.title, t.summary, t.startsAt, t.endsAt, t.language,
                        List.copyOf(t.speakerIds)))
                .toList());
    }
}
