package org.scorats.conference.agenda.service;

import org.junit.jupiter.api.Test;
import org.scorats.conference.agenda.domain.ConferenceCalendar;
import org.scorats.conference.agenda.domain.Session;
import org.scorats.conference.agenda.domain.Talk;
import org.scorats.conference.conventions.i18n.LocalizedText;
import org.scorats.conference.conventions.problem.ProblemException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The schedule rules on their own: no database, the overlapping items given as found. */
class ScheduleConflictsTest {

    private static final UUID HALL = UUID.randomUUID();
    private static final UUID SPEAKER = UUID.randomUUID();
    private static final UUID OTHER_SPEAKER = UUID.randomUUID();

    /** 4-5 September 2024 in Tashkent (UTC+5). */
    private final ConferenceCalendar calendar = calendar();

    @Test
    void aSessionWithinTheConferenceDaysAndNothingOverlappingHasNoConflict() {
        Session plenary = session("2024-09-04T05:00:00Z", "2024-09-04T07:00:00Z", List.of(SPEAKER));
        assertThat(ScheduleConflicts.ofSession(calendar, plenary, List.of(), List.of(), List.of(), List.of())).isEmpty();
    }

    @Test
    void theConferenceDaysAreTheDaysInItsOwnZoneNotInUtc() {
        // 23:30 UTC on 3 September is 04:30 on 4 September in Tashkent: inside.
        Session early = session("2024-09-03T23:30:00Z", "2024-09-04T01:00:00Z", List.of());
        assertThat(ScheduleConflicts.ofSession(calendar, early, List.of(), List.of(), List.of(), List.of())).isEmpty();
        // 19:30 UTC on 5 September is 00:30 on 6 September in Tashkent: outside.
        Session late = session("2024-09-05T18:00:00Z", "2024-09-05T19:30:00Z", List.of());
        assertThat(ScheduleConflicts.ofSession(calendar, late, List.of(), List.of(), List.of(), List.of()))
                .extracting(Conflict::rule).containsExactly("session-outside-conference");
        // Ending exactly at midnight of the last day still ends on that day.
        Session toMidnight = session("2024-09-05T17:00:00Z", "2024-09-05T19:00:00Z", List.of());
        assertThat(ScheduleConflicts.ofSession(calendar, toMidnight, List.of(), List.of(), List.of(), List.of())).isEmpty();
    }

    @Test
    void eachClashIsNamedWithTheItemAndWhoOrWhatItSharesInTheConferencesZone() {
        Session candidate = session("2024-09-04T05:00:00Z", "2024-09-04T07:00:00Z", List.of(SPEAKER));
        candidate.roomId = HALL;
        Session inTheHall = session("2024-09-04T06:00:00Z", "2024-09-04T08:00:00Z", List.of());
        Talk speaking = talk("2024-09-04T06:30:00Z", "2024-09-04T06:45:00Z", List.of(OTHER_SPEAKER, SPEAKER));
        Session chairing = session("2024-09-04T05:30:00Z", "2024-09-04T06:00:00Z", List.of(SPEAKER));
        Talk ownTalkTooLate = talk("2024-09-04T06:50:00Z", "2024-09-04T07:10:00Z", List.of());

        List<Conflict> conflicts = ScheduleConflicts.ofSession(calendar, candidate, List.of(inTheHall), List.of(speaking),
                List.of(chairing), List.of(ownTalkTooLate));

        assertThat(conflicts).extracting(Conflict::rule).containsExactly(
                "room-double-booked", "speaker-double-booked", "speaker-double-booked", "talk-outside-session");
        assertThat(conflicts.get(0).roomId()).isEqualTo(HALL);
        assertThat(conflicts.get(0).id()).isEqualTo(inTheHall.id);
        assertThat(conflicts.get(1).speakerId()).isEqualTo(SPEAKER);
        assertThat(conflicts.get(1).item()).isEqualTo("talk");
        assertThat(conflicts.get(2).speakerId()).isEqualTo(SPEAKER);
        assertThat(conflicts.get(3).id()).isEqualTo(ownTalkTooLate.id);
        assertThat(conflicts.get(0).startsAt()).hasToString("2024-09-04T11:00+05:00");
    }

    @Test
    void thePartsOfSpeakersNoLongerTakingPartAreNamedOnceEachWithTheSpeaker() {
        Session chaired = session("2024-09-04T05:00:00Z", "2024-09-04T07:00:00Z", List.of(OTHER_SPEAKER, SPEAKER));
        Session unaffected = session("2024-09-04T08:00:00Z", "2024-09-04T09:00:00Z", List.of(OTHER_SPEAKER));
        Talk given = talk("2024-09-04T05:00:00Z", "2024-09-04T05:30:00Z", List.of(SPEAKER, OTHER_SPEAKER));
        Talk others = talk("2024-09-04T05:30:00Z", "2024-09-04T06:00:00Z", List.of(OTHER_SPEAKER));

        List<Conflict> conflicts = ScheduleConflicts.speakersNotTakingPart(calendar.zone(), java.util.Set.of(SPEAKER),
                List.of(chaired, unaffected), List.of(given, others));

        assertThat(conflicts).extracting(Conflict::rule, Conflict::item, Conflict::id, Conflict::speakerId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("speaker-not-taking-part", "session", chaired.id, SPEAKER),
                org.assertj.core.groups.Tuple.tuple("speaker-not-taking-part", "talk", given.id, SPEAKER));
    }

    @Test
    void aTalkMustFitItsSessionAndItsSpeakersMustBeFree() {
        Session session = session("2024-09-04T05:00:00Z", "2024-09-04T07:00:00Z", List.of());
        Talk fits = talk("2024-09-04T05:00:00Z", "2024-09-04T07:00:00Z", List.of(SPEAKER));
        assertThat(ScheduleConflicts.ofTalk(calendar.zone(), session, fits, List.of(), List.of())).isEmpty();

        Talk overruns = talk("2024-09-04T06:50:00Z", "2024-09-04T07:01:00Z", List.of(SPEAKER));
        Talk elsewhere = talk("2024-09-04T06:55:00Z", "2024-09-04T07:30:00Z", List.of(SPEAKER));
        assertThat(ScheduleConflicts.ofTalk(calendar.zone(), session, overruns, List.of(elsewhere), List.of()))
                .extracting(Conflict::rule, Conflict::speakerId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("talk-outside-session", null),
                        org.assertj.core.groups.Tuple.tuple("speaker-double-booked", SPEAKER));
    }

    @Test
    void conflictsAreRefusedAs409NamingEachOne() {
        Session late = session("2024-09-06T05:00:00Z", "2024-09-06T06:00:00Z", List.of());
        var conflicts = ScheduleConflicts.ofSession(calendar, late, List.of(), List.of(), List.of(), List.of());
        assertThatThrownBy(() -> ScheduleConflicts.refuseIfAny(conflicts))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.getMessage()).contains("session-outside-conference");
                });
        ScheduleConflicts.refuseIfAny(List.of()); // nothing to refuse
    }

    private static ConferenceCalendar calendar() {
        ConferenceCalendar calendar = new ConferenceCalendar();
        calendar.conferenceId = "sco-rats-2024";
        calendar.timeZone = "Asia/Tashkent";
        calendar.startDate = LocalDate.parse("2024-09-04");
        calendar.endDate = LocalDate.parse("2024-09-05");
        return calendar;
    }

    private static Session session(String start, String end, List<UUID> chairs) {
        Session s = new Session();
        s.id = UUID.randomUUID();
        s.title = LocalizedText.of(Map.of("en", "Session " + start));
        s.startsAt = Instant.parse(start);
        s.endsAt = Instant.parse(end);
        s.chairIds = chairs;
        return s;
    }

    private static Talk talk(String start, String end, List<UUID> speakers) {
        Talk t = new Talk();
        t.id = UUID.randomUUID();
        t.title = LocalizedText.of(Map.of("en", "Talk " + start));
        t.startsAt = Instant.parse(start);
        t.endsAt = Instant.parse(end);
        t.speakerIds = speakers;
        return t;
    }
}
