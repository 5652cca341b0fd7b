package org.scorats.conference.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scorats.conference.devinfra.SmtpServer.ReceivedMail;
import org.scorats.conference.localstack.ApiClient;
import org.scorats.conference.localstack.ApiClient.Answer;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the demo conference's released program: a registered participant becomes the speaker of a
 * new talk (release n), then an organizer moves the talk (release n+1). The speaker gets exactly
 * one mail listing the move; a delegate it does not concern gets none; the Chinese agenda and
 * the calendars show the new time.
 */
@Order(3)
@ExtendWith(Platform.Extension.class)
class ProgramChangeTest {

    private static final String CONFERENCE = "/api/v1/conferences/sco-rats-2024";
    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    private static final DateTimeFormatter ICS_LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final String UNAFFECTED = "delegate-ru@conference.example";

    private final Platform platform;
    private final ApiClient api;

    ProgramChangeTest(Platform platform) {
        this.platform = platform;
        this.api = platform.api();
    }

    @Test
    void aMovedTalkReachesItsSpeakerOnceAndNobodyElseAndShowsInTheAgendaAndCalendars() {
        String organizer = platform.user("organizer");
        String email = "speaker-" + UUID.randomUUID().toString().substring(0, 8) + "@uz.example";
        String participant = api.post(CONFERENCE + "/participants", organizer, Map.of("organizationCode", "UZ",
                "givenName", "Шерзод", "familyName", "Алимов", "givenNameLatin", "Sherzod", "familyNameLatin", "Alimov",
                "email", email, "language", "en", "role", "speaker", "attendance", "in-person", "privacyConsent", true))
                .expect(201).body().path("id").asText();
        api.post("/api/v1/participants/" + participant + "/transitions", organizer, Map.of("action", "approve")).expect(200);
        // agenda-service knows participants from registration's events: a speaker can be named once it has heard.
        String speaker = Platform.await("agenda-service to know the new participant", Duration.ofSeconds(30), () -> {
            Answer created = api.post(CONFERENCE + "/speakers", organizer, Map.of("participantId", participant));
            return created.status() == 201 ? created.body().path("id").asText() : null;
        });

        JsonNode session = StreamSupport.stream(api.get(CONFERENCE + "/sessions", organizer).expect(200).body().spliterator(), false)
                .filter(s -> s.path("kind").asText().equals("thematic-session"))
                .filter(s -> Duration.between(start(s), OffsetDateTime.parse(s.path("endsAt").asText())).toMinutes() >= 40)
                .findFirst().orElseThrow();
        OffsetDateTime first = start(session);
        OffsetDateTime moved = first.plusMinutes(20);
        String title = "Deradicalization programmes: evidence from Central Asia " + speaker.substring(0, 8);
        String titleZh = "去极端化项目：来自中亚的证据 " + speaker.substring(0, 8);
        String talk = api.post("/api/v1/sessions/" + session.path("id").asText() + "/talks", organizer, talk(title, titleZh, first, speaker))
                .expect(201).body().path("id").asText();
        int assigned = api.post(CONFERENCE + "/program/releases", organizer, Map.of("comment", "New talk")).expect(201)
                .body().path("number").asInt();
        // Registration, approval and the talk come in one burst: one mail, which names the talk.
        platform.awaitMail(email, m -> m.text().contains(title));

        api.put("/api/v1/talks/" + talk, organizer, talk(title, titleZh, moved, speaker)).expect(200);
        int release = api.post(CONFERENCE + "/program/releases", organizer, Map.of("comment", "Talk moved")).expect(201)
                .body().path("number").asInt();
        assertThat(release).isEqualTo(assigned + 1);

        ReceivedMail change = platform.awaitMail(email, m -> m.text().contains("moved from"));
        assertThat(change.subject()).startsWith("The programme has changed for you");
        assertThat(change.text()).contains("(release " + release + ")", title);
        assertThat(occurrences(change.text(), title)).as("the move listed once").isEqualTo(1);
        Platform.report("program change", "release %d; speaker's mail \"%s\": %s", release, change.subject(),
                change.text().lines().filter(l -> l.contains(title)).findFirst().orElse(""));

        // Whatever the release set off for anyone has been gathered by now (it was one event, one burst).
        Platform.pause(Duration.ofSeconds(3));
        assertThat(platform.mailTo(email).stream().filter(m -> m.text().contains("moved from")).toList())
                .as("exactly one mail about the move").hasSize(1);
        assertThat(platform.mailTo(UNAFFECTED).stream().filter(m -> m.text().contains(title)).toList())
                .as("a delegate the change does not concern").isEmpty();
        JsonNode inbox = api.get(CONFERENCE + "/inbox", platform.user("delegate-ru")).expect(200).body().path("items");
        assertThat(inbox.toString()).doesNotContain(title).doesNotContain("program-changed");

        JsonNode program = api.get(CONFERENCE + "/program?lang=zh", null).expect(200).body();
        assertThat(program.path("release").asInt()).isEqualTo(release);
        JsonNode published = StreamSupport.stream(program.path("days").spliterator(), false)
                .flatMap(day -> StreamSupport.stream(day.path("sessions").spliterator(), false))
                .flatMap(s -> StreamSupport.stream(s.path("talks").spliterator(), false))
                .filter(t -> t.path("id").asText().equals(talk)).findFirst().orElseThrow();
        assertThat(published.path("title").asText()).isEqualTo(titleZh);
        assertThat(OffsetDateTime.parse(published.path("startsAt").asText()).toInstant()).isEqualTo(moved.toInstant());

        String dtstart = "DTSTART;TZID=Asia/Tashkent:" + ICS_LOCAL.format(moved.atZoneSameInstant(TASHKENT));
        String was = "DTSTART;TZID=Asia/Tashkent:" + ICS_LOCAL.format(first.atZoneSameInstant(TASHKENT));
        String speakerCalendar = calendar(CONFERENCE + "/program/speakers/" + speaker + "/calendar.ics");
        assertThat(speakerCalendar).contains(dtstart).doesNotContain(was);
        // In the whole program's calendar a talk is a line of its session's description, with its local time.
        DateTimeFormatter clock = DateTimeFormatter.ofPattern("HH:mm");
        assertThat(calendar(CONFERENCE + "/program/calendar.ics")).contains(clock.format(moved.atZoneSameInstant(TASHKENT))
                + "–" + clock.format(moved.plusMinutes(10).atZoneSameInstant(TASHKENT)) + " " + title);

        // The talk's slides, larger than any JSON body may be, go through the gateway, and anyone downloads them.
        byte[] slides = slides(5 << 20);
        String href = api.send("POST", "/api/v1/talks/" + talk + "/materials?fileName=slides.pdf&title=Slides", organizer,
                slides, Map.of("Content-Type", "application/pdf")).expect(201).body().path("href").asText();
        JsonNode listed = api.get(CONFERENCE + "/program/materials", null).expect(200).body();
        assertThat(StreamSupport.stream(listed.spliterator(), false).map(m -> m.path("href").asText())).contains(href);
        ApiClient.File file = api.download(href, null);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
        byte[] downloaded = file.bytes();
        assertThat(downloaded).isEqualTo(slides);
        Platform.report("program change", "slides of %d bytes uploaded through the gateway and downloaded by anyone",
                downloaded.length);
    }

    /** A PDF's header followed by filler, {@code size} bytes in all. */
    private static byte[] slides(int size) {
        byte[] file = new byte[size];
        java.util.Arrays.fill(file, (byte) ' ');
        byte[] header = "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, file, 0, header.length);
        return file;
    }

    private String calendar(String path) {
        Answer answer = api.send("GET", path, null, null, Map.of("Accept", "text/calendar"));
        answer.expect(200);
        assertThat(answer.header("Content-Type")).startsWith("text/calendar");
        // Lines longer than 75 octets are folded (RFC 5545); unfold before searching.
        return answer.text().replace("\r\n ", "");
    }

    private static Map<String, Object> talk(String title, String titleZh, OffsetDateTime startsAt, String speaker) {
        return Map.of("title", Map.of("en", title, "zh", titleZh), "startsAt", startsAt.toString(),
                "endsAt", startsAt.plusMinutes(10).toString(), "language", "en", "speakerIds", List.of(speaker));
    }

    private static OffsetDateTime start(JsonNode session) {
        return OffsetDateTime.parse(session.path("startsAt").asText());
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
