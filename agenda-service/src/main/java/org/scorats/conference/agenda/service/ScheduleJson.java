package org.scorats.conference.agenda.service;

import org.scorats.conference.agenda.domain.ProgramDocument;
import org.scorats.conference.agenda.domain.ProgramDocument.SessionEntry;
import org.scorats.conference.agenda.domain.ProgramDocument.SpeakerEntry;
import org.scorats.conference.agenda.service.ReaderLanguage;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The release as a frab / c3voc {@code schedule.json}, the format conference schedule apps
 * (Giggity, Fahrplan, ConfClerk, c3voc tooling) read: conference, days, rooms per day, events
 * per room. Each session is an event; its talks are listed in the description and their
 * materials (slides, papers) are the event's attachments. Links are absolute, built on the public
 * address of the program given by the caller.
 */
public final class ScheduleJson {

    /** Where sessions without a room of their own (breaks, lunch) are listed: a room the schedule declares. */
    private static final Map<String, String> VENUE = Map.of("en", "Venue", "zh", "会场", "ru", "Место проведения");
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");
    /** RFC 3339 with seconds, which OffsetDateTime.toString leaves out when they are zero. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private ScheduleJson() {
    }

    /** @param materials the published materials of the program's talks, in the program's order */
    public static Map<String, Object> of(ProgramDocument program, ReaderLanguage reader, String baseUrl,
                                         List<TalkMaterials.Published> materials) {
        Map<UUID, List<Map<String, String>>> attachments = new HashMap<>();
        materials.forEach(m -> attachments.computeIfAbsent(m.sessionId(), s -> new ArrayList<>()).add(Map.of(
                "url", baseUrl + "/materials/" + m.material().id, "title", m.material().title)));
        ZoneId zone = program.conference().zone();
        Map<UUID, SpeakerEntry> speakers = program.speakersById();
        List<LocalDate> dates = program.conference().startDate().datesUntil(program.conference().endDate().plusDays(1)).toList();
        List<Map<String, Object>> days = new ArrayList<>();
        int eventId = 1;
        for (int index = 0; index < dates.size(); index++) {
            LocalDate date = dates.get(index);
            Map<String, List<Map<String, Object>>> rooms = new LinkedHashMap<>();
            List<SessionEntry> ofDay = program.sessions().stream()
                    .filter(s -> s.startsAt().atZone(zone).toLocalDate().equals(date)).toList();
            for (SessionEntry s : ofDay) {
                String room = program.room(s.roomId()).map(r -> ProgramLocalizer.text(r.name(), reader))
                        .orElseGet(() -> VENUE.get(reader.language()));
                rooms.computeIfAbsent(room, r -> new ArrayList<>()).add(event(program, s, eventId++, room, zone, speakers, reader, baseUrl,
                        attachments.getOrDefault(s.id(), List.of())));
            }
            Map<String, Object> day = new LinkedHashMap<>();
            day.put("index", index + 1);
            day.put("date", date.toString());
            day.put("day_start", ofDay.isEmpty() ? date.atStartOfDay(zone).toOffsetDateTime().format(TIMESTAMP)
                    : ofDay.get(0).startsAt().atZone(zone).toOffsetDateTime().format(TIMESTAMP));
            day.put("day_end", ofDay.isEmpty() ? date.plusDays(1).atStartOfDay(zone).toOffsetDateTime().format(TIMESTAMP)
                    : ofDay.stream().map(SessionEntry::endsAt).max(java.util.Comparator.naturalOrder()).orElseThrow()
                    .atZone(zone).toOffsetDateTime().format(TIMESTAMP));
            day.put("rooms", rooms);
            days.add(day);
        }
        Map<String, Object> conference = new LinkedHashMap<>();
        conference.put("acronym", acronym(program.conference().id()));
        conference.put("title", ProgramLocalizer.text(program.conference().name(), reader));
        conference.put("start", program.conference().startDate().toString());
        conference.put("end", program.conference().endDate().toString());
        conference.put("daysCount", dates.size());
        conference.put("timeslot_duration", "00:15");
        conference.put("time_zone_name", zone.getId());
        conference.put("url", baseUrl);
        List<Map<String, String>> declared = new ArrayList<>(program.rooms().stream()
                .map(r -> Map.of("name", ProgramLocalizer.text(r.name(), reader), "guid", r.id().toString())).toList());
        if (program.sessions().stream().anyMatch(s -> program.room(s.roomId()).isEmpty())) {
            declared.add(Map.of("name", VENUE.get(reader.language()), "guid",
                    UUID.nameUUIDFromBytes((program.conference().id() + "/venue").getBytes(StandardCharsets.UTF_8)).toString()));
        }
        conference.put("rooms", declared);
        conference.put("days", days);
        Map<String, Object> schedule = new LinkedHashMap<>();
        schedule.put("version", "release " + program.release());
        schedule.put("base_url", baseUrl);
        schedule.put("conference", conference);
        return Map.of("$schema", "https://c3voc.de/schedule/schema.json", "schedule", schedule);
    }

    private static Map<String, Object> event(ProgramDocument program, SessionEntry s, int id, String room, ZoneId zone,
                                             Map<UUID, SpeakerEntry> speakers, ReaderLanguage reader, String baseUrl,
                                             List<Map<String, String>> attachments) {
        ZonedDateTime start = s.startsAt().atZone(zone);
        Duration duration = Duration.between(s.startsAt(), s.endsAt());
        List<Map<String, Object>> persons = new ArrayList<>();
        List<UUID> people = new ArrayList<>(s.chairIds());
        s.talks().forEach(t -> t.speakerIds().stream().filter(p -> !people.contains(p)).forEach(people::add));
        // The format's pretalx shape (name); frab's public_name too for older apps, without frab's
        // numeric id, so the person matches exactly one of the two shapes the schema knows.
        people.stream().map(speakers::get).filter(Objects::nonNull).forEach(p -> persons.add(Map.of(
                "guid", p.id().toString(), "name", ProgramLocalizer.latinName(p), "public_name", ProgramLocalizer.latinName(p))));
        StringBuilder description = new StringBuilder();
        s.topics().forEach(topic -> description.append("- ").append(ProgramLocalizer.text(topic, reader)).append("\n"));
        s.talks().forEach(t -> description.append(t.startsAt().atZone(zone).format(HOURS_MINUTES)).append(" ")
                .append(ProgramLocalizer.text(t.title(), reader)).append("\n"));
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("guid", s.id().toString());
        event.put("id", id);
        event.put("date", start.toOffsetDateTime().format(TIMESTAMP));
        event.put("start", start.format(HOURS_MINUTES));
        event.put("duration", String.format("%02d:%02d", duration.toHours(), duration.toMinutesPart()));
        event.put("room", room);
        event.put("slug", program.conference().id() + "-" + id);
        event.put("url", baseUrl + "#" + s.id());
        event.put("title", ProgramLocalizer.text(s.title(), reader));
        event.put("subtitle", "");
        event.put("track", s.kind());
        event.put("type", s.kind());
        event.put("language", s.languages().isEmpty() ? reader.language() : s.languages().get(0));
        event.put("abstract", Objects.toString(ProgramLocalizer.text(s.description(), reader), ""));
        event.put("description", description.toString().strip());
        event.put("recording_license", "");
        event.put("do_not_record", true);
        event.put("persons", persons);
        event.put("links", List.of());
        event.put("attachments", attachments);
        return event;
    }

    /**
     * The format's acronym: lower-case letters, digits and underscores, four at least, a hyphen
     * only before a year suffix; conference ids use hyphens, so {@code sco-rats-2024} is
     * {@code sco_rats_2024}.
     */
    static String acronym(String conferenceId) {
        StringBuilder acronym = new StringBuilder(conferenceId.replace('-', '_'));
        while (acronym.length() < 4) {
            acronym.append('_');
        }
        return acronym.toString();
    }
}
