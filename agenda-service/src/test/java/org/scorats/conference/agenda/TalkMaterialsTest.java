package org.scorats.conference.agenda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.ProblemDetailsContract;
import org.scorats.conference.conventions.TestTokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/** Slides for talks: their speakers and organizers add them; the public downloads them once the talk is published. */
@QuarkusTest
class TalkMaterialsTest {

    private static final String DAY_ONE = "2024-09-04T";
    private static final String PDF = "application/pdf";
    private static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    @Inject
    AgendaFixtures fixtures;

    private record World(String conference, String talk, String speakerToken) {
    }

    private World world() {
        String conference = fixtures.conference();
        String subject = "delegate-" + UUID.randomUUID();
        UUID participant = fixtures.participant(conference, subject, "Алишер", "Каримов", "Alisher", "Karimov", 0);
        String speaker = AgendaFixtures.post("/api/v1/conferences/" + conference + "/speakers", Map.of("participantId", participant))
                .then().statusCode(201).extract().path("id");
        String session = AgendaFixtures.session(conference, "Session I", DAY_ONE + "11:30:00+05:00", DAY_ONE + "13:30:00+05:00",
                null, List.of()).then().statusCode(201).extract().path("id");
        String talk = AgendaFixtures.talk(session, "Cooperation", DAY_ONE + "12:00:00+05:00", DAY_ONE + "12:20:00+05:00",
                List.of(speaker)).then().statusCode(201).extract().path("id");
        return new World(conference, talk, TestTokens.delegate(subject));
    }

    @Test
    void theSpeakerAddsSlidesThePublicDownloadsThemOnceTheTalkIsPublished() throws Exception {
        World w = world();
        byte[] slides = pdf("Slides of the talk");

        String href = upload(w.speakerToken(), w.talk(), PDF, "сотрудничество.pdf", "Slides", slides).statusCode(201)
                .body("size", equalTo(slides.length)).body("sha256", equalTo(sha256(slides)))
                .body("title", equalTo("Slides")).body("fileName", equalTo("сотрудничество.pdf"))
                .extract().path("href");
        given().auth().oauth2(w.speakerToken()).get("/api/v1/talks/{t}/materials", w.talk())
                .then().statusCode(200).body("title", equalTo(List.of("Slides")));
        given().get(href).then().statusCode(404).contentType("application/problem+json"); // nothing published yet

        AgendaFixtures.publish(w.conference(), "With slides").then().statusCode(201);
        byte[] downloaded = given().get(href).then().statusCode(200).contentType(PDF)
                .header("Content-Disposition", containsString("filename*=UTF-8''%D1%81%D0%BE%D1%82"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", containsString("private")) // not kept by the gateway's cache of the program
                .header("ETag", "\"" + sha256(slides) + "\"")
                .extract().asByteArray();
        assertThat(downloaded).isEqualTo(slides);
        given().header("If-None-Match", "\"" + sha256(slides) + "\"").get(href).then().statusCode(304);
        given().get("/api/v1/conferences/{c}/program/materials", w.conference()).then().statusCode(200)
                .body("talkId", equalTo(List.of(w.talk()))).body("[0].href", equalTo(href))
                .body("[0]", not(hasKey("uploadedBy")));

        // Removed: gone from the public program at once.
        String id = href.substring(href.lastIndexOf('/') + 1);
        given().auth().oauth2(w.speakerToken()).delete("/api/v1/materials/{id}", id).then().statusCode(204);
        given().get(href).then().statusCode(404);
        given().get("/api/v1/conferences/{c}/program/materials", w.conference()).then().statusCode(200).body("size()", equalTo(0));

        // The audit trail names who added and removed it.
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/audit/agenda?resource=talk-materials&resourceId={id}", id)
                .then().statusCode(200).body("items.action", equalTo(List.of("delete", "create")));
    }

    @Test
    void scheduleAppsFindTheSlidesAsTheirSessionsAttachmentsAndSeeTheChange() throws Exception {
        World w = world();
        AgendaFixtures.publish(w.conference(), "Program").then().statusCode(201);
        String schedule = "/api/v1/conferences/" + w.conference() + "/program/schedule.json?lang=en";
        String before = given().get(schedule).then().statusCode(200).extract().header("ETag");

        String href = upload(w.speakerToken(), w.talk(), PDF, "slides.pdf", "Slides", pdf("Slides")).statusCode(201)
                .extract().path("href");
        // A cache holding the schedule without them is told it changed.
        var response = given().header("If-None-Match", before).get(schedule).then().statusCode(200).extract();
        String after = response.header("ETag");
        assertThat(after).isNotEqualTo(before);
        JsonNode document = new ObjectMapper().readTree(response.asString());
        assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(getClass().getResourceAsStream("/schedule-schema.json")).validate(document)).isEmpty();
        List<JsonNode> attachments = document.findValues("attachments").stream().filter(a -> !a.isEmpty()).toList();
        assertThat(attachments).hasSize(1);
        assertThat(attachments.get(0).get(0).path("url").asText()).startsWith("http").endsWith(href);
        assertThat(attachments.get(0).get(0).path("title").asText()).isEqualTo("Slides");
        given().header("If-None-Match", after).get(schedule).then().statusCode(304);

        given().auth().oauth2(w.speakerToken()).delete(href.replace("/conferences/" + w.conference() + "/program", ""))
                .then().statusCode(204);
        String removed = given().get(schedule).then().statusCode(200).extract().header("ETag");
        assertThat(removed).as("the schedule as it was before the slides").isEqualTo(before);
    }

    @Test
    void aFileMustBeWhatItsTypeSaysAndTheRestIsRefusedNamingWhatIsWrong() throws Exception {
        World w = world();
        String organizer = TestTokens.organizer();

        refused(upload(organizer, w.talk(), PDF, "slides.pdf", null, "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)), "body");
        refused(upload(organizer, w.talk(), PPTX, "slides.pptx", null, pdf("a PDF calling itself pptx")), "body");
        refused(upload(organizer, w.talk(), PDF, "slides.pptx", null, pdf("wrong extension")), "fileName");
        refused(upload(organizer, w.talk(), PDF, "../etc/passwd.pdf", null, pdf("a path")), "fileName");
        refused(upload(organizer, w.talk(), PDF, null, null, pdf("no name")), "fileName");
        refused(upload(organizer, w.talk(), PDF, "slides.pdf", "T".repeat(201), pdf("long title")), "title");
        refused(upload(organizer, w.talk(), PDF, "slides.pdf", null, new byte[0]), "body");
        given().auth().oauth2(organizer).contentType("text/html").body("<html></html>")
                .post("/api/v1/talks/{t}/materials?fileName=x.html", w.talk())
                .then().statusCode(415).contentType("application/problem+json");
        given().auth().oauth2(organizer).get("/api/v1/talks/{t}/materials", w.talk()).then().statusCode(200).body("size()", equalTo(0));

        for (int i = 0; i < 10; i++) {
            upload(organizer, w.talk(), PDF, "part-" + i + ".pdf", null, pdf("part " + i)).statusCode(201);
        }
        upload(organizer, w.talk(), PDF, "eleven.pdf", null, pdf("one too many")).statusCode(409)
                .body("code", equalTo("too-many-materials"));

        // The body's size: the 4 MiB of JSON bodies does not hold here, the 20 MiB of files does.
        byte[] large = new byte[5 << 20];
        System.arraycopy(pdf("large"), 0, large, 0, 5);
        String other = world().talk();
        upload(organizer, other, PDF, "large.pdf", null, large).statusCode(201).body("size", equalTo(5 << 20));
        assertThat(ProblemDetailsContract.announcedBody("/api/v1/talks/" + other + "/materials?fileName=huge.pdf", organizer,
                PDF, (20 << 20) + 1)).startsWith("HTTP/1.1 413").contains("payload-too-large");
        assertThat(ProblemDetailsContract.announcedBody("/api/v1/sessions/" + UUID.randomUUID() + "/talks", organizer,
                "application/json", 5 << 20)).as("JSON bodies keep their 4 MiB").startsWith("HTTP/1.1 413");
    }

    @Test
    void onlyOrganizersAndTheTalksOwnSpeakersTouchItsMaterials() throws Exception {
        World w = world();
        String stranger = TestTokens.delegate("delegate-" + UUID.randomUUID());
        String id = upload(TestTokens.organizer(), w.talk(), PDF, "slides.pdf", null, pdf("x")).statusCode(201).extract().path("id");

        upload(stranger, w.talk(), PDF, "mine.pdf", null, pdf("not theirs")).statusCode(404);
        given().auth().oauth2(stranger).get("/api/v1/talks/{t}/materials", w.talk()).then().statusCode(404);
        given().auth().oauth2(stranger).get("/api/v1/materials/{id}", id).then().statusCode(404);
        given().auth().oauth2(stranger).delete("/api/v1/materials/{id}", id).then().statusCode(404);
        upload(TestTokens.partner("UZ"), w.talk(), PDF, "p.pdf", null, pdf("partner")).statusCode(403);
        given().auth().oauth2(TestTokens.door()).get("/api/v1/materials/{id}", id).then().statusCode(403);
        given().contentType(PDF).body(pdf("anonymous")).post("/api/v1/talks/{t}/materials?fileName=a.pdf", w.talk())
                .then().statusCode(401);
        given().auth().oauth2(w.speakerToken()).get("/api/v1/materials/{id}", id).then().statusCode(200)
                .body("uploadedBy", equalTo("organizer-1"));
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/talks/{t}/materials", w.talk())
                .then().statusCode(200).body("size()", equalTo(1));
    }

    private static ValidatableResponse upload(String token, String talk, String type, String fileName, String title, byte[] body) {
        var request = given().auth().oauth2(token).contentType(type).body(body);
        if (fileName != null) {
            request.queryParam("fileName", fileName);
        }
        if (title != null) {
            request.queryParam("title", title);
        }
        return request.post("/api/v1/talks/{t}/materials", talk).then();
    }

    private static void refused(ValidatableResponse response, String field) {
        response.statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field))
                .body(not(containsString("Exception")));
    }

    /** A small but real PDF: the header, one empty page, and a comment making each one different. */
    static byte[] pdf(String note) {
        return ("%PDF-1.4\n% " + note + "\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
