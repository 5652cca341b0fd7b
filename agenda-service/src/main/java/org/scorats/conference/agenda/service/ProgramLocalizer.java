package org.scorats.conference.agenda.service;

import org.scorats.conference.agenda.domain.ProgramDocument;
import org.scorats.conference.agenda.domain.ProgramDocument.SessionEntry;
import org.scorats.conference.agenda.domain.ProgramDocument.SpeakerEntry;
import org.scorats.conference.agenda.domain.ProgramDocument.TalkEntry;
import org.scorats.conference.agenda.service.ProgramView;
import org.scorats.conference.agenda.service.ReaderLanguage;
import org.scorats.conference.conventions.i18n.LocalizedText;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Renders a release in the reader's language, noting every text that had to fall back. */
public final class ProgramLocalizer {

    private final ReaderLanguage reader;
    private final List<String> fallbacks = new ArrayList<>();

    private ProgramLocalizer(ReaderLanguage reader) {
        this.reader = reader;
    }

    public static ProgramView render(ProgramDocument program, ReaderLanguage reader) {
        return new ProgramLocalizer(reader).view(program);
    }

    /** The text in the first language of the fallback order it is given in. */
    public static String text(LocalizedText text, ReaderLanguage reader) {
        return text == null ? null : text.in(reader.language());
    }

    public static String personName(SpeakerEntry s) {
        if (s.familyName() == null && s.givenName() == null) {
            return null;
        }
        boolean eastAsian = (Objects.toString(s.familyName(), "") + Objects.toString(s.givenName(), ""))
                .codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return eastAsian ? Objects.toString(s.familyName(), "") + Objects.toString(s.givenName(), "")
                : (Objects.toString(s.givenName(), "") + " " + Objects.toString(s.familyName(), "")).strip();
    }

    public static String latinName(SpeakerEntry s) {
        return (Objects.toString(s.givenNameLatin(), "") + " " + Objects.toString(s.familyNameLatin(), "")).strip();
    }

    private ProgramView view(ProgramDocument program) {
        ZoneId zone = program.conference().zone();
        Map<UUID, SpeakerEntry> speakers = program.speakersById();
        Map<LocalDate, List<SessionEntry>> byDay = new LinkedHashMap<>();
        program.sessions().forEach(s -> byDay.computeIfAbsent(s.startsAt().atZone(zone).toLocalDate(), d -> new ArrayList<>()).add(s));
        List<ProgramView.Day> days = new ArrayList<>();
        int d = 0;
        for (var day : byDay.entrySet()) {
            List<ProgramView.SessionItem> items = new ArrayList<>();
            for (int i = 0; i < day.getValue().size(); i++) {
                items.add(session(day.getValue().get(i), program, speakers, zone, "days[" + d + "].sessions[" + i + "]"));
            }
            days.add(new ProgramView.Day(day.getKey(), items));
            d++;
        }
        String name = localized(program.conference().name(), "conferenceName");
        String venue = localized(program.conference().venue(), "venue");
        return new ProgramView(program.conference().id(), name, venue, program.conference().timeZone(), program.release(),
                program.publishedAt().atZone(zone).toOffsetDateTime(), reader.language(), reader.fallbackOrder(),
                List.copyOf(fallbacks), days);
    }

    private ProgramView.SessionItem session(SessionEntry s, ProgramDocument program, Map<UUID, SpeakerEntry> speakers,
                                            ZoneId zone, String path) {
        List<String> topics = new ArrayList<>();
        for (int i = 0; i < s.topics().size(); i++) {
            topics.add(localized(s.topics().get(i), path + ".topics[" + i + "]"));
        }
        List<ProgramView.TalkItem> talks = new ArrayList<>();
        for (int i = 0; i < s.talks().size(); i++) {
            talks.add(talk(s.talks().get(i), speakers, zone, path + ".talks[" + i + "]"));
        }
        var room = program.room(s.roomId())
                .map(r -> new ProgramView.Room(r.id(), localized(r.name(), path + ".room.name"))).orElse(null);
        List<LocalizedText> texts = new ArrayList<>(s.topics());
        texts.add(s.title());
        texts.add(s.description());
        return new ProgramView.SessionItem(s.id(), s.kind(), localized(s.title(), path + ".title"),
                localized(s.description(), path + ".description"), topics, s.startsAt().atZone(zone).toOffsetDateTime(),
                s.endsAt().atZone(zone).toOffsetDateTime(), room, people(s.chairIds(), speakers, path + ".chairs"),
                s.languages(), s.interpretation(), LocalizedText.completeLanguages(texts), talks);
    }

    private ProgramView.TalkItem talk(TalkEntry t, Map<UUID, SpeakerEntry> speakers, ZoneId zone, String path) {
        return new ProgramView.TalkItem(t.id(), localized(t.title(), path + ".title"), localized(t.summary(), path + ".summary"),
                t.startsAt().atZone(zone).toOffsetDateTime(), t.endsAt().atZone(zone).toOffsetDateTime(), t.language(),
                people(t.speakerIds(), speakers, path + ".speakers"),
                LocalizedText.completeLanguages(java.util.Arrays.asList(t.title(), t.summary())));
    }

    private List<ProgramView.Person> people(List<UUID> ids, Map<UUID, SpeakerEntry> speakers, String path) {
        List<ProgramView.Person> people = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            SpeakerEntry s = speakers.get(ids.get(i));
            if (s != null) {
                people.add(new ProgramView.Person(s.id(), personName(s), latinName(s), s.organization(),
                        localized(s.biography(), path + "[" + i + "].biography")));
            }
        }
        return people;
    }

    private String localized(LocalizedText text, String path) {
        String value = text(text, reader);
        if (value != null && text.get(reader.language()).isEmpty()) {
            fallbacks.add(path);
        }
        return value;
    }
}
