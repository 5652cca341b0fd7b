package org.scorats.conference.agenda.service;

import org.junit.jupiter.api.Test;
import org.scorats.conference.agenda.domain.ProgramDocument;
import org.scorats.conference.agenda.domain.ProgramDocument.ConferenceInfo;
import org.scorats.conference.agenda.domain.ProgramDocument.RoomEntry;
import org.scorats.conference.agenda.domain.ProgramDocument.SessionEntry;
import org.scorats.conference.agenda.domain.ProgramDocument.TalkEntry;
import org.scorats.conference.conventions.i18n.LocalizedText;
import org.scorats.conference.events.agenda.ProgramChange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What differs between two releases, worked out from the documents alone. */
class ProgramDiffTest {

    private static final UUID HALL = UUID.randomUUID();
    private static final UUID ROOM_2 = UUID.randomUUID();
    private static final UUID PLENARY = UUID.randomUUID();
    private static final UUID SESSION_1 = UUID.randomUUID();
    private static final UUID KEYNOTE = UUID.randomUUID();
    private static final UUID PANEL = UUID.randomUUID();
    private static final UUID ALIYEV = UUID.randomUUID();
    private static final UUID WANG = UUID.randomUUID();
    private static final UUID PETROV = UUID.randomUUID();

    @Test
    void theFirstReleaseAddsEverythingInProgramOrder() {
        ProgramDocument first = release(1,
                session(PLENARY, "05:00", "07:00", HALL, List.of(ALIYEV), talk(KEYNOTE, "05:00", "05:30", WANG)));
        List<ProgramChange> changes = ProgramDiff.between(null, first);
        assertThat(changes).extracting(ProgramChange::kind, ProgramChange::item, ProgramChange::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("added", "session", PLENARY),
                        org.assertj.core.groups.Tuple.tuple("added", "talk", KEYNOTE));
        assertThat(changes.get(1).after().room()).containsEntry("en", "Plenary hall");
        assertThat(changes.get(1).after().startsAt()).hasToString("2024-09-04T10:00+05:00");
        assertThat(changes.get(1).speakersAdded()).containsExactly(WANG);
    }

    @Test
    void identicalReleasesDifferInNothing() {
        ProgramDocument one = release(1, session(PLENARY, "05:00", "07:00", HALL, List.of(), talk(KEYNOTE, "05:00", "05:30", WANG)));
        assertThat(ProgramDiff.between(one, release(2, one.sessions().toArray(SessionEntry[]::new)))).isEmpty();
    }

    @Test
    void movesSpeakerSwapsCancellationsAndAdditionsAreEachNamedOnce() {
        ProgramDocument older = release(1,
                session(PLENARY, "05:00", "07:00", HALL, List.of(ALIYEV),
                        talk(KEYNOTE, "05:00", "05:30", WANG), talk(PANEL, "05:30", "06:00", PETROV)));
        ProgramDocument newer = release(2,
                session(PLENARY, "05:00", "07:00", HALL, List.of(ALIYEV),
                        talk(KEYNOTE, "05:20", "05:50", WANG, PETROV)),
                session(SESSION_1, "09:00", "11:00", ROOM_2, List.of(WANG)));

        List<ProgramChange> changes = ProgramDiff.between(older, newer);

        assertThat(changes).extracting(ProgramChange::kind, ProgramChange::id).containsExactly(
                org.assertj.core.groups.Tuple.tuple("added", SESSION_1),
                org.assertj.core.groups.Tuple.tuple("moved", KEYNOTE),
                org.assertj.core.groups.Tuple.tuple("speakers-changed", KEYNOTE),
                org.assertj.core.groups.Tuple.tuple("cancelled", PANEL));
        ProgramChange moved = changes.get(1);
        assertThat(moved.before().startsAt()).hasToString("2024-09-04T10:00+05:00");
        assertThat(moved.after().startsAt()).hasToString("2024-09-04T10:20+05:00");
        assertThat(changes.get(2).speakersAdded()).containsExactly(PETROV);
        assertThat(changes.get(2).speakersRemoved()).isEmpty();
        assertThat(changes.get(3).speakersRemoved()).containsExactly(PETROV);
        assertThat(changes.get(3).after()).isNull();
    }

    @Test
    void aSessionMovedToAnotherRoomIsMovedAndComparingBackwardsUndoesIt() {
        ProgramDocument older = release(1, session(PLENARY, "05:00", "07:00", HALL, List.of()));
        ProgramDocument newer = release(2, session(PLENARY, "05:00", "07:00", ROOM_2, List.of()));
        ProgramChange forward = ProgramDiff.between(older, newer).get(0);
        assertThat(forward.kind()).isEqualTo("moved");
        assertThat(forward.before().room()).containsEntry("en", "Plenary hall");
        assertThat(forward.after().room()).containsEntry("en", "Room 2");
        ProgramChange backward = ProgramDiff.between(newer, older).get(0);
        assertThat(backward.before()).isEqualTo(forward.after());
        assertThat(backward.after()).isEqualTo(forward.before());
    }

    private static ProgramDocument release(int number, SessionEntry... sessions) {
        ConferenceInfo conference = new ConferenceInfo("sco-rats-2024", text("Conference"), LocalDate.parse("2024-09-04"),
                LocalDate.parse("2024-09-05"), "Asia/Tashkent", text("Tashkent"), List.of("en", "zh", "ru"));
        List<RoomEntry> rooms = List.of(new RoomEntry(HALL, text("Plenary hall"), 200, List.of()),
                new RoomEntry(ROOM_2, text("Room 2"), 60, List.of()));
        return new ProgramDocument(number, Instant.parse("2024-08-01T00:00:00Z"), null, conference, rooms, List.of(),
                List.of(sessions));
    }

    private static SessionEntry session(UUID id, String start, String end, UUID room, List<UUID> chairs, TalkEntry... talks) {
        return new SessionEntry(id, "plenary", text("Session " + id), null, List.of(), at(start), at(end), room, chairs,
                List.of("en"), List.of(), List.of(talks));
    }

    private static TalkEntry talk(UUID id, String start, String end, UUID... speakers) {
        return new TalkEntry(id, text("Talk " + id), null, at(start), at(end), "en", List.of(speakers));
    }

    private static Instant at(String utcTime) {
        return Instant.parse("2024-09-04T" + utcTime + ":00Z");
    }

    private static LocalizedText text(String en) {
        return LocalizedText.of(Map.of("en", en));
    }
}
