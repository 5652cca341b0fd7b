package org.scorats.conference.agenda.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.scorats.conference.agenda.domain.ProgramDocument;
import org.scorats.conference.agenda.domain.ProgramRelease;
import org.scorats.conference.agenda.repository.CalendarRepository;
import org.scorats.conference.agenda.repository.ReleaseRepository;
import org.scorats.conference.conventions.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the public reads: only published releases, never the draft, in the language asked. Each
 * read names the release it renders, so the caller can answer "not modified" without rendering.
 */
@ApplicationScoped
@Transactional
public class PublishedProgram {

    private final ReleaseRepository releases;
    private final CalendarRepository calendars;
    private final ProgramReleases programs;

    PublishedProgram(ReleaseRepository releases, ProgramReleases programs, CalendarRepository calendars) {
        this.calendars = calendars;
        this.releases = releases;
        this.programs = programs;
    }

    /** The number of the latest release; 404 while nothing is published. */
    public int latestRelease(String conferenceId) {
        return releases.requireLatestNumber(conferenceId);
    }

    /** The release by day and session, each text in the reader's language or its fallback. */
    public ProgramView program(String conferenceId, int release, ReaderLanguage reader) {
        return ProgramLocalizer.render(programs.published(conferenceId, release), reader);
    }

    /** The whole release as iCalendar: one event per session. */
    public String calendar(String conferenceId, int release, ReaderLanguage reader) {
        ProgramDocument program = programs.published(conferenceId, release);
        return ICalendar.write(program, ProgramLocalizer.text(program.conference().name(), reader),
                ICalendar.sessions(program, program.sessions(), reader));
    }

    /** One session and each of its talks as iCalendar. */
    public String sessionCalendar(String conferenceId, int release, UUID sessionId, ReaderLanguage reader) {
        ProgramDocument program = programs.published(conferenceId, release);
        var session = program.session(sessionId).orElseThrow(() -> ProblemException.notFound("Published session", sessionId));
        List<ICalendar.Entry> entries = new ArrayList<>(ICalendar.sessions(program, List.of(session), reader));
        entries.addAll(ICalendar.talks(program, session, session.talks(), reader));
        return ICalendar.write(program, ProgramLocalizer.text(session.title(), reader), entries);
    }

    /** One person's talks and chaired sessions as iCalendar. */
    public String speakerCalendar(String conferenceId, int release, UUID speakerId, ReaderLanguage reader) {
        ProgramDocument program = programs.published(conferenceId, release);
        var speaker = program.speakersById().get(speakerId);
        if (speaker == null) {
            throw ProblemException.notFound("Published speaker", speakerId);
        }
        List<ICalendar.Entry> entries = new ArrayList<>(ICalendar.sessions(program, program.sessions().stream()
                .filter(s -> s.chairIds().contains(speakerId)).toList(), reader));
        program.sessions().forEach(s -> entries.addAll(ICalendar.talks(program, s,
                s.talks().stream().filter(t -> t.speakerIds().contains(speakerId)).toList(), reader)));
        return ICalendar.write(program, ProgramLocalizer.latinName(speaker), entries);
    }

    /**
     * The release as frab / c3voc schedule.json with its talks' materials; {@code base} is where
     * this program's paths start.
     */
    public Map<String, Object> scheduleJson(String conferenceId, int release, ReaderLanguage reader, String base,
                                            List<TalkMaterials.Published> materials) {
        return ScheduleJson.of(programs.published(conferenceId, release), reader, base, materials);
    }

    /** Every release, oldest first. */
    public List<ProgramRelease> releases(String conferenceId) {
        calendars.require(conferenceId);
        return releases.ofConference(conferenceId);
    }

    /** One release as published, every language. */
    public ProgramDocument release(String conferenceId, int number) {
        return programs.document(releases.require(conferenceId, number));
    }
}
