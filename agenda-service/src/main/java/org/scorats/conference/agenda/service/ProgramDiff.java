package org.scorats.conference.agenda.service;

import org.scorats.conference.agenda.domain.ProgramDocument;
import org.scorats.conference.agenda.domain.ProgramDocument.SessionEntry;
import org.scorats.conference.agenda.domain.ProgramDocument.TalkEntry;
import org.scorats.conference.events.agenda.ProgramChange;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * What differs between two releases: sessions and talks added, cancelled, moved in time or room,
 * and changed speakers (chairs, for sessions). Pure: the same two documents always give the same
 * changes, in program order. Who each change concerns is filled in by {@link ProgramReleases}.
 */
public final class ProgramDiff {

    private ProgramDiff() {
    }

    /** @param older null when {@code newer} is the first release: everything in it is added */
    public static List<ProgramChange> between(ProgramDocument older, ProgramDocument newer) {
        List<ProgramChange> changes = new ArrayList<>();
        Map<UUID, SessionEntry> oldSessions = older == null ? Map.of() : byId(older.sessions(), SessionEntry::id);
        Map<UUID, SessionEntry> newSessions = byId(newer.sessions(), SessionEntry::id);
        Map<UUID, Placed> oldTalks = older == null ? Map.of() : talks(older);
        Map<UUID, Placed> newTalks = talks(newer);

        newSessions.values().forEach(session -> {
            SessionEntry before = oldSessions.get(session.id());
            if (before == null) {
                changes.add(change("added", "session", session.id(), session.id(), session.title().toMap(), null,
                        slot(newer, session.startsAt(), session.endsAt(), session.roomId()), session.chairIds(), List.of()));
                return;
            }
            if (!before.startsAt().equals(session.startsAt()) || !before.endsAt().equals(session.endsAt())
                    || !Objects.equals(before.roomId(), session.roomId())) {
                changes.add(change("moved", "session", session.id(), session.id(), session.title().toMap(),
                        slot(older, before.startsAt(), before.endsAt(), before.roomId()),
                        slot(newer, session.startsAt(), session.endsAt(), session.roomId()), List.of(), List.of()));
            }
            speakersChanged("session", session.id(), session.id(), session.title().toMap(), before.chairIds(),
                    session.chairIds(), changes);
        });
        newTalks.values().forEach(placed -> {
            Placed before = oldTalks.get(placed.talk().id());
            TalkEntry talk = placed.talk();
            if (before == null) {
                changes.add(change("added", "talk", talk.id(), placed.session().id(), talk.title().toMap(), null,
                        slot(newer, talk.startsAt(), talk.endsAt(), placed.session().roomId()), talk.speakerIds(), List.of()));
                return;
            }
            if (!before.talk().startsAt().equals(talk.startsAt()) || !before.talk().endsAt().equals(talk.endsAt())
                    || !Objects.equals(before.session().roomId(), placed.session().roomId())) {
                changes.add(change("moved", "talk", talk.id(), placed.session().id(), talk.title().toMap(),
                        slot(older, before.talk().startsAt(), before.talk().endsAt(), before.session().roomId()),
                        slot(newer, talk.startsAt(), talk.endsAt(), placed.session().roomId()), List.of(), List.of()));
            }
            speakersChanged("talk", talk.id(), placed.session().id(), talk.title().toMap(), before.talk().speakerIds(),
                    talk.speakerIds(), changes);
        });
        oldTalks.values().stream().filter(placed -> !newTalks.containsKey(placed.talk().id())).forEach(placed ->
                changes.add(change("cancelled", "talk", placed.talk().id(), placed.session().id(),
                        placed.talk().title().toMap(),
                        slot(older, placed.talk().startsAt(), placed.talk().endsAt(), placed.session().roomId()), null,
                        List.of(), placed.talk().speakerIds())));
        oldSessions.values().stream().filter(session -> !newSessions.containsKey(session.id())).forEach(session ->
                changes.add(change("cancelled", "session", session.id(), session.id(), session.title().toMap(),
                        slot(older, session.startsAt(), session.endsAt(), session.roomId()), null, List.of(),
                        session.chairIds())));
        return changes;
    }

    private record Placed(SessionEntry session, TalkEntry talk) {
    }

    private static void speakersChanged(String item, UUID id, UUID sessionId, Map<String, String> title,
                                        List<UUID> before, List<UUID> after, List<ProgramChange> changes) {
        List<UUID> added = after.stream().filter(s -> !before.contains(s)).toList();
        List<UUID> removed = before.stream().filter(s -> !after.contains(s)).toList();
        if (!added.isEmpty() || !removed.isEmpty()) {
            changes.add(change("speakers-changed", item, id, sessionId, title, null, null, added, removed));
        }
    }

    private static ProgramChange change(String kind, String item, UUID id, UUID sessionId, Map<String, String> title,
                                        ProgramChange.Slot before, ProgramChange.Slot after, List<UUID> added,
                                        List<UUID> removed) {
        return new ProgramChange(kind, item, id, sessionId, title, before, after, List.copyOf(added),
                List.copyOf(removed), List.of(), List.of());
    }

    private static ProgramChange.Slot slot(ProgramDocument document, Instant start, Instant end, UUID roomId) {
        ZoneId zone = document.conference().zone();
        return new ProgramChange.Slot(start.atZone(zone).toOffsetDateTime(), end.atZone(zone).toOffsetDateTime(),
                document.room(roomId).map(r -> r.name().toMap()).orElse(null));
    }

    private static Map<UUID, Placed> talks(ProgramDocument document) {
        Map<UUID, Placed> talks = new LinkedHashMap<>();
        document.sessions().forEach(s -> s.talks().forEach(t -> talks.put(t.id(), new Placed(s, t))));
        return talks;
    }

    private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        Map<UUID, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return map;
    }

    /** Every speaker an item involves, before and after: who must hear of the change. */
    static Set<UUID> speakersOf(ProgramChange change, ProgramDocument older, ProgramDocument newer) {
        Set<UUID> speakers = new java.util.LinkedHashSet<>();
        speakers.addAll(change.speakersAdded());
        speakers.addAll(change.speakersRemoved());
        for (ProgramDocument document : new ProgramDocument[] {older, newer}) {
            if (document == null) {
                continue;
            }
            document.sessions().forEach(s -> {
                if (change.item().equals("session") && s.id().equals(change.id())) {
                    speakers.addAll(s.chairIds());
                }
                s.talks().forEach(t -> {
                    if (t.id().equals(change.id()) || (change.item().equals("session") && s.id().equals(change.id()))) {
                        speakers.addAll(t.speakerIds());
                    }
                });
            });
        }
        return speakers;
    }
}
