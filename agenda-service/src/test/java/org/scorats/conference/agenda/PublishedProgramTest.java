package org.scorats.conference.agenda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.TestTokens;

import java.io.StringReader;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/**
 * The 10th conference's program, seeded from the concept note and published, as the public
 * reads it: in three languages with a stated fallback, with cheap revalidation, as iCalendar
 * parsed back by a calendar library, and as schedule.json checked against its schema.
 */
@QuarkusTest
class PublishedProgramTest {

    @Inject
    AgendaFixtures fixtures;

    String conference;

    @BeforeEach
    void aConference() {
        conference = fixtures.conference();
    }

    @Test
    void theConceptNotesProgramIsSeededInThreeLanguages() {
        String tenth = seededTenthConference();
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/conferences/{c}/sessions", tenth).then().statusCode(200)
                .body("findAll { it.kind == 'thematic-session' }.title.en", equalTo(List.of(
                        "Session I: National experience in countering terrorism, separatism and extremism",
                        "Session II: International counter-terrorism cooperation",
                        "Session III: Combating money laundering and terrorist financing",
                        "Session IV: The ideology of extremism is a threat to the sovereignty, security and territorial integrity of states")))
                .body("find { it.kind == 'plenary' }.title.ru", equalTo("Пленарное заседание"))
                .body("collect { it.topics.size() }.sum()", equalTo(21))
                .body("findAll { it.kind != 'break' }.completeLanguages.flatten().unique()", containsInAnyOrder("en", "zh", "ru"))
                .body("findAll { it.kind != 'break' && it.completeLanguages.size() != 3 }", hasSize(0));
        given().auth().oauth2(TestTokens.organizer()).queryParam("program", "sco-rats-2024")
                .post("/api/v1/conferences/{c}/program/seed", tenth)
                .then().statusCode(409).body("code", equalTo("program-exists"));
        given().auth().oauth2(TestTokens.organizer()).queryParam("program", "no-such-program")
                .post("/api/v1/conferences/{c}/program/seed", conference).then().statusCode(404);
        given().auth().oauth2(TestTokens.delegate("d")).post("/api/v1/conferences/{c}/program/seed", conference)
                .then().statusCode(403);
        AgendaFixtures.publish(tenth, "The program of the concept note").then().statusCode(201);

        given().queryParam("lang", "zh").get("/api/v1/conferences/{c}/program", tenth).then().statusCode(200)
                .body("language", equalTo("zh"))
                .body("days", hasSize(2))
                .body("days[0].sessions[0].title", equalTo("全体会议"))
                .body("days[0].sessions[2].topics[7]", equalTo("保护关键基础设施免遭恐怖袭击"))
                .body("days[1].sessions[0].title", equalTo("第三场会议：打击洗钱和恐怖主义融资"))
                .body("fallbacks", hasItem("venue"));
    }

    @Test
    void textsMissingInTheAskedLanguageFallBackAndSaySo() {
        AgendaFixtures.session(conference, "Only English and Russian", AgendaFixtures.DAY_ONE + "09:00:00+05:00",
                AgendaFixtures.DAY_ONE + "10:00:00+05:00", null, List.of()).then().statusCode(201);
        AgendaFixtures.publish(conference, "First").then().statusCode(201);

        given().header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5").get("/api/v1/conferences/{c}/program", conference)
                .then().statusCode(200)
                .header("Content-Language", "zh")
                .body("language", equalTo("zh"))
                .body("fallbackOrder", equalTo(List.of("zh", "en", "ru")))
                .body("conferenceName", equalTo("第十届会议"))
                .body("days[0].sessions[0].title", equalTo("Only English and Russian"))
                .body("days[0].sessions[0].completeLanguages", equalTo(List.of("en")))
                .body("fallbacks", hasItem("days[0].sessions[0].title"));
        given().queryParam("lang", "ru").header("Accept-Language", "zh").get("/api/v1/conferences/{c}/program", conference)
                .then().body("days[0].sessions[0].title", equalTo("Сессия: Only English and Russian"))
                .body("fallbacks", org.hamcrest.Matchers.not(hasItem("days[0].sessions[0].title")));
        given().queryParam("lang", "fr").get("/api/v1/conferences/{c}/program", conference)
                .then().statusCode(400).body("errors.field", hasItem("lang"));
    }

    @Test
    void cachesRevalidateWithTheEtagUntilTheNextRelease() {
        AgendaFixtures.session(conference, "Cached", AgendaFixtures.DAY_ONE + "09:00:00+05:00",
                AgendaFixtures.DAY_ONE + "10:00:00+05:00", null, List.of()).then().statusCode(201);
        AgendaFixtures.publish(conference, "First").then().statusCode(201);

        String etag = given().queryParam("lang", "en").get("/api/v1/conferences/{c}/program", conference)
                .then().statusCode(200)
                .header("Cache-Control", containsString("max-age=60"))
                .header("Vary", containsString("Accept-Language"))
                .extract().header("ETag");
        assertThat(etag).isEqualTo("\"r1-en\"");
        given().queryParam("lang", "en").header("If-None-Match", etag).get("/api/v1/conferences/{c}/program", conference)
                .then().statusCode(304).header("ETag", etag);
        given().queryParam("lang", "ru").header("If-None-Match", etag).get("/api/v1/conferences/{c}/program", conference)
                .then().statusCode(200);

        AgendaFixtures.publish(conference, "Second").then().statusCode(201);
        given().queryParam("lang", "en").header("If-None-Match", etag).get("/api/v1/conferences/{c}/program", conference)
                .then().statusCode(200).header("ETag", "\"r2-en\"");
    }

    @Test
    void calendarsParseInACalendarLibrary() throws Exception {
        String tenth = seededTenthConference();
        PlacedTalk talk = talkInSessionThree(tenth, "Financing of terrorism through virtual assets, a long title; with commas, semicolons");
        String speaker = talk.speaker();
        String sessionThree = talk.session();
        AgendaFixtures.publish(tenth, "Program with a talk").then().statusCode(201);

        Calendar whole = parse(given().queryParam("lang", "ru").get("/api/v1/conferences/{c}/program/calendar.ics", tenth)
                .then().statusCode(200).contentType(startsWith("text/calendar")).extract().asString());
        List<VEvent> sessions = whole.getComponents(Component.VEVENT);
        assertThat(sessions).hasSize(8);
        VEvent plenary = sessions.get(0);
        assertThat(plenary.getProperty(Property.SUMMARY).map(Property::getValue)).contains("Пленарное заседание");
        ZonedDateTime start = (ZonedDateTime) plenary.getStartDate().orElseThrow().getDate();
        assertThat(start.toOffsetDateTime()).hasToString("2024-09-04T09:30+05:00");
        assertThat(plenary.getProperty(Property.LOCATION).map(Property::getValue)).contains("Пленарный зал");
        VEvent third = sessions.stream().filter(e -> e.getProperty(Property.SUMMARY).map(Property::getValue).orElse("")
                .startsWith("Сессия III")).findFirst().orElseThrow();
        assertThat(third.getProperty(Property.DESCRIPTION).map(Property::getValue).orElseThrow())
                .as("the talk with its local time").contains("09:40–10:00 Financing of terrorism through virtual assets");

        Calendar one = parse(given().get("/api/v1/conferences/{c}/program/sessions/{s}/calendar.ics", tenth, sessionThree)
                .then().statusCode(200).extract().asString());
        List<VEvent> oneEvents = one.getComponents(Component.VEVENT);
        assertThat(oneEvents).hasSize(2);
        assertThat(oneEvents.get(1).getProperty(Property.SUMMARY).map(Property::getValue))
                .contains("Financing of terrorism through virtual assets, a long title; with commas, semicolons");

        Calendar person = parse(given().get("/api/v1/conferences/{c}/program/speakers/{s}/calendar.ics", tenth, speaker)
                .then().statusCode(200).extract().asString());
        assertThat(person.<VEvent>getComponents(Component.VEVENT)).hasSize(1);
        given().get("/api/v1/conferences/{c}/program/speakers/{s}/calendar.ics", tenth, UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void scheduleJsonMatchesTheSchemaScheduleAppsRead() throws Exception {
        String tenth = seededTenthConference();
        talkInSessionThree(tenth, "Financing of terrorism through virtual assets");
        AgendaFixtures.publish(tenth, "First").then().statusCode(201);
        String body = given().queryParam("lang", "en").get("/api/v1/conferences/{c}/program/schedule.json", tenth)
                .then().statusCode(200).extract().asString();
        JsonNode schedule = new ObjectMapper().readTree(body);
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(getClass().getResourceAsStream("/schedule-schema.json"));

        assertThat(schema.validate(schedule)).isEmpty();
        JsonNode conferenceNode = schedule.path("schedule").path("conference");
        assertThat(conferenceNode.path("daysCount").asInt()).isEqualTo(2);
        assertThat(conferenceNode.path("time_zone_name").asText()).isEqualTo("Asia/Tashkent");
        assertThat(conferenceNode.path("acronym").asText()).isEqualTo(tenth.replace('-', '_'));
        // Speakers in the format's pretalx shape, which apps read; the seeded chairs are there.
        assertThat(conferenceNode.findValues("persons")).anySatisfy(persons -> assertThat(persons).isNotEmpty());
        conferenceNode.findValues("persons").forEach(persons -> persons.forEach(person ->
                assertThat(person.path("name").asText()).isNotBlank()));
        JsonNode dayOne = conferenceNode.path("days").get(0).path("rooms").path("Plenary hall");
        assertThat(dayOne.get(0).path("title").asText()).isEqualTo("Plenary meeting");
        assertThat(dayOne.get(0).path("start").asText()).isEqualTo("09:30");
        assertThat(dayOne.get(0).path("duration").asText()).isEqualTo("01:30");
        // Every event sits in a room the conference declares: breaks too, in the venue's.
        List<String> declared = conferenceNode.path("rooms").findValuesAsText("name");
        assertThat(declared).contains("Plenary hall", "Venue");
        conferenceNode.path("days").forEach(day -> day.path("rooms").fields().forEachRemaining(room -> {
            assertThat(declared).contains(room.getKey());
            room.getValue().forEach(event -> assertThat(event.path("room").asText()).isEqualTo(room.getKey()));
        }));
        // Links are absolute: at the address the gateway was called at, a forged host ignored.
        String program = "/api/v1/conferences/" + tenth + "/program";
        assertThat(schedule.path("schedule").path("base_url").asText()).matches("http://localhost:\\d+" + program);
        JsonNode forwarded = new ObjectMapper().readTree(given().header("X-Forwarded-Host", "conference.example")
                .header("X-Forwarded-Proto", "https").get(program + "/schedule.json").then().statusCode(200).extract().asString());
        assertThat(forwarded.path("schedule").path("conference").path("url").asText())
                .isEqualTo("https://conference.example" + program);
        assertThat(forwarded.path("schedule").path("conference").path("days").get(0).path("rooms").path("Plenary hall")
                .get(0).path("url").asText()).startsWith("https://conference.example" + program + "#");
        JsonNode forged = new ObjectMapper().readTree(given().header("X-Forwarded-Host", "evil.example/\"><script>")
                .get(program + "/schedule.json").then().statusCode(200).extract().asString());
        assertThat(forged.path("schedule").path("base_url").asText()).matches("http://localhost:\\d+" + program);
    }

    private record PlacedTalk(String speaker, String session) {
    }

    /** A guest speaker's talk on day two in the seeded Session III. */
    private static PlacedTalk talkInSessionThree(String conference, String title) {
        String speaker = AgendaFixtures.guestSpeaker(conference, "Vladimir", "Voronkov");
        String sessionThree = given().auth().oauth2(TestTokens.organizer()).get("/api/v1/conferences/{c}/sessions", conference)
                .then().extract().path("find { it.title.en.startsWith('Session III') }.id");
        AgendaFixtures.talk(sessionThree, title, AgendaFixtures.DAY_TWO + "09:40:00+05:00", AgendaFixtures.DAY_TWO + "10:00:00+05:00",
                List.of(speaker)).then().statusCode(201);
        return new PlacedTalk(speaker, sessionThree);
    }

    /** A conference with the 10th conference's days, seeded with the program bundled from its concept note. */
    private String seededTenthConference() {
        String tenth = fixtures.conference();
        given().auth().oauth2(TestTokens.organizer()).queryParam("program", "sco-rats-2024")
                .post("/api/v1/conferences/{c}/program/seed", tenth)
                .then().statusCode(201).body("sessions", equalTo(8)).body("topics", equalTo(21));
        return tenth;
    }

    private static Calendar parse(String ics) throws Exception {
        assertThat(ics).contains("\r\n").doesNotContain("\n\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        return new CalendarBuilder().build(new StringReader(ics));
    }
}
