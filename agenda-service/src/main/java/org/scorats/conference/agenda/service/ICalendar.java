package org.scorats.conference.agenda.service;

import org.scorats.conference.agenda.domain.ProgramDocument;
import org.scorats.conference.agenda.domain.ProgramDocument.SpeakerEntry;
import org.scorats.conference.agenda.service.ReaderLanguage;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes RFC 5545 calendars of a release: CRLF lines folded at 75 octets (never inside a
 * character), TEXT values escaped, times in the conference's zone with its VTIMEZONE, and the
 * release number as SEQUENCE so calendar apps replace an event when a later release moves it.
 */
public final class ICalendar {

    /** One calendar entry: a session, or a talk. */
    public record Entry(UUID id, String summary, String description, Instant startsAt, Instant endsAt, String location) {
    }

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendar() {
    }

    public static String write(ProgramDocument program, String calendarName, List<Entry> entries) {
        ZoneId zone = program.conference().zone();
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//SCO RATS//Conference platform//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(calendarName));
        line(out, "X-WR-TIMEZONE:" + zone.getId());
        timezone(out, zone, program.sessions().isEmpty() ? program.publishedAt() : program.sessions().get(0).startsAt());
        for (Entry entry : entries) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + entry.id() + "@" + program.conference().id() + ".conference");
            line(out, "DTSTAMP:" + UTC.format(program.publishedAt()));
            line(out, "SEQUENCE:" + program.release());
            line(out, "DTSTART;TZID=" + zone.getId() + ":" + LOCAL.format(entry.startsAt().atZone(zone)));
            line(out, "DTEND;TZID=" + zone.getId() + ":" + LOCAL.format(entry.endsAt().atZone(zone)));
            line(out, "SUMMARY:" + escape(entry.summary()));
            if (entry.location() != null) {
                line(out, "LOCATION:" + escape(entry.location()));
            }
            if (entry.description() != null && !entry.description().isBlank()) {
                line(out, "DESCRIPTION:" + escape(entry.description()));
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** Sessions, each with its topics and talks in the description. */
    public static List<Entry> sessions(ProgramDocument program, List<ProgramDocument.SessionEntry> sessions,
                                       ReaderLanguage reader) {
        Map<UUID, SpeakerEntry> speakers = program.speakersById();
        return sessions.stream().map(s -> new Entry(s.id(), ProgramLocalizer.text(s.title(), reader),
                        description(program, s, speakers, reader), s.startsAt(), s.endsAt(),
                        program.room(s.roomId()).map(r -> ProgramLocalizer.text(r.name(), reader)).orElse(null)))
                .toList();
    }

    /** Talks, each with its speakers in the description. */
    public static List<Entry> talks(ProgramDocument program, ProgramDocument.SessionEntry session,
                                    List<ProgramDocument.TalkEntry> talks, ReaderLanguage reader) {
        Map<UUID, SpeakerEntry> speakers = program.speakersById();
        String room = program.room(session.roomId()).map(r -> ProgramLocalizer.text(r.name(), reader)).orElse(null);
        return talks.stream().map(t -> new Entry(t.id(), ProgramLocalizer.text(t.title(), reader),
                names(t.speakerIds(), speakers), t.startsAt(), t.endsAt(), room)).toList();
    }

    private static String description(ProgramDocument program, ProgramDocument.SessionEntry s, Map<UUID, SpeakerEntry> speakers, ReaderLanguage reader) {
        StringBuilder text = new StringBuilder();
        String description = ProgramLocalizer.text(s.description(), reader);
        if (description != null) {
            text.append(description).append("\n");
        }
        s.topics().forEach(topic -> text.append("- ").append(ProgramLocalizer.text(topic, reader)).append("\n"));
        // Talks are not events of their own in the whole program's calendar: their times go in the text.
        ZoneId zone = program.conference().zone();
        s.talks().forEach(t -> text.append(CLOCK.format(t.startsAt().atZone(zone))).append("–")
                .append(CLOCK.format(t.endsAt().atZone(zone))).append(" ").append(ProgramLocalizer.text(t.title(), reader))
                .append(t.speakerIds().isEmpty() ? "" : " (" + names(t.speakerIds(), speakers) + ")").append("\n"));
        return text.toString().strip();
    }

    private static String names(List<UUID> ids, Map<UUID, SpeakerEntry> speakers) {
        return ids.stream().map(speakers::get).filter(java.util.Objects::nonNull)
                .map(ProgramLocalizer::latinName).collect(Collectors.joining(", "));
    }

    /** The zone's offset at the conference: enough for a program of a few days in one season. */
    private static void timezone(StringBuilder out, ZoneId zone, Instant at) {
        ZoneOffset offset = zone.getRules().getOffset(at);
        String hhmm = offset.getId().equals("Z") ? "+0000" : offset.getId().replace(":", "");
        line(out, "BEGIN:VTIMEZONE");
        line(out, "TZID:" + zone.getId());
        line(out, "BEGIN:STANDARD");
        line(out, "DTSTART:19700101T000000");
        line(out, "TZOFFSETFROM:" + hhmm);
        line(out, "TZOFFSETTO:" + hhmm);
        line(out, "END:STANDARD");
        line(out, "END:VTIMEZONE");
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Appends a content line, folded so no physical line exceeds 75 octets of UTF-8. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
