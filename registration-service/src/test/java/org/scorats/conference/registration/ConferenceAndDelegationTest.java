package org.scorats.conference.registration;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.TestTokens;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ConferenceAndDelegationTest {

    @Test
    void organizersCreateAConferenceThatEveryoneSignedInReadsInItsTimeZone() {
        String id = "sco-rats-" + UUID.randomUUID().toString().substring(0, 6);
        given().auth().oauth2(TestTokens.organizer()).contentType("application/json")
                .body(Fixtures.conferenceJson(id, 200, "refuse", Fixtures.OPEN, Fixtures.CLOSES))
                .post("/api/v1/conferences")
                .then().statusCode(201)
                .header("Location", equalTo("http://localhost:" + io.restassured.RestAssured.port + "/api/v1/conferences/" + id))
                .header("ETag", equalTo("\"0\""))
                .body("name.zh", equalTo("第十届国际科学与实践会议"))
                .body("arrivalDeadline", equalTo("2024-09-03T23:59:00+05:00"));

        given().auth().oauth2(TestTokens.delegate("someone")).get("/api/v1/conferences/{id}", id)
                .then().statusCode(200)
                .body("timeZone", equalTo("Asia/Tashkent"))
                .body("languages", hasItems("en", "zh", "ru"))
                .body("contacts.emergencyNumbers.number", hasItems("101", "102", "103", "105"));

        given().get("/api/v1/conferences/{id}", id).then().statusCode(401);
        given().auth().oauth2(TestTokens.delegate("someone")).contentType("application/json")
                .body(Fixtures.conferenceJson("x-" + id, 10, "flag", Fixtures.OPEN, Fixtures.CLOSES))
                .post("/api/v1/conferences").then().statusCode(403);
        given().auth().oauth2(TestTokens.partner("CIS-ATC")).contentType("application/json")
                .body(Fixtures.conferenceJson("y-" + id, 10, "flag", Fixtures.OPEN, Fixtures.CLOSES))
                .post("/api/v1/conferences").then().statusCode(403).body("code", equalTo("forbidden"));
    }

    @Test
    void aStaleIfMatchIsRefusedAndChangesNothing() {
        String id = Fixtures.conference(50);
        String changed = Fixtures.conferenceJson(id, 60, "flag", Fixtures.OPEN, Fixtures.CLOSES);

        given().auth().oauth2(TestTokens.organizer()).contentType("application/json").header("If-Match", "\"0\"")
                .body(changed).put("/api/v1/conferences/{id}", id)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("capacity", equalTo(60));

        given().auth().oauth2(TestTokens.organizer()).contentType("application/json").header("If-Match", "\"0\"")
                .body(Fixtures.conferenceJson(id, 70, "flag", Fixtures.OPEN, Fixtures.CLOSES))
                .put("/api/v1/conferences/{id}", id)
                .then().statusCode(412).contentType("application/problem+json").body("code", equalTo("precondition-failed"));

        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/conferences/{id}", id)
                .then().body("capacity", equalTo(60));
    }

    @Test
    void crossFieldMistakesAreAllNamedAtOnce() {
        String body = Fixtures.conferenceJson("bad-" + UUID.randomUUID().toString().substring(0, 6), 10, "flag",
                        "2024-06-01T00:00:00+05:00", "2024-05-01T00:00:00+05:00")
                .replace("\"endDate\": \"2024-09-05\"", "\"endDate\": \"2024-09-01\"")
                .replace("Asia/Tashkent", "Asia/Nowhere");
        given().auth().oauth2(TestTokens.organizer()).contentType("application/json").body(body)
                .post("/api/v1/conferences")
                .then().statusCode(400)
                .body("errors.field", hasItems("timeZone", "endDate", "registrationClosesAt"));
    }

    @Test
    void anArrivalDeadlineAfterTheLastDayIsRefusedAndOneOnItIsAccepted() {
        String id = "late-" + UUID.randomUUID().toString().substring(0, 6);
        String body = Fixtures.conferenceJson(id, 10, "flag", Fixtures.OPEN, Fixtures.CLOSES);
        given().auth().oauth2(TestTokens.organizer()).contentType("application/json")
                .body(body.replace("2024-09-03T23:59:00+05:00", "2024-09-06T00:00:00+05:00"))
                .post("/api/v1/conferences")
                .then().statusCode(400).body("errors.field", contains("arrivalDeadline"));
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/conferences/{id}", id).then().statusCode(404);

        given().auth().oauth2(TestTokens.organizer()).contentType("application/json")
                .body(body.replace("2024-09-03T23:59:00+05:00", "2024-09-05T23:59:59+05:00"))
                .post("/api/v1/conferences")
                .then().statusCode(201);
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstAnswerAndRefusesAnotherBody() {
        String key = UUID.randomUUID().toString();
        String code = "IDEM-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var body = Map.of("code", code, "name", Map.of("en", "Shanghai Cooperation Organisation"), "kind", "international-organization");

        String first = given().auth().oauth2(TestTokens.organizer()).header("Idempotency-Key", key)
                .contentType("application/json").body(body).post("/api/v1/organizations")
                .then().statusCode(201).extract().asString();
        given().auth().oauth2(TestTokens.organizer()).header("Idempotency-Key", key)
                .contentType("application/json").body(body).post("/api/v1/organizations")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", notNullValue())
                .body(equalTo(first));
        given().auth().oauth2(TestTokens.organizer()).header("Idempotency-Key", key)
                .contentType("application/json")
                .body(Map.of("code", code + "X", "name", Map.of("en", "Other"), "kind", "other"))
                .post("/api/v1/organizations")
                .then().statusCode(422).body("code", equalTo("idempotency-key-reused"));
        // without the key, the same create is a conflict: the replay above created nothing twice
        given().auth().oauth2(TestTokens.organizer()).contentType("application/json").body(body).post("/api/v1/organizations")
                .then().statusCode(409).body("code", equalTo("organization-exists"));
    }

    @Test
    void organizationsAreFilteredByKindAndPagedWithACursor() {
        String prefix = "PG" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        for (int i = 0; i < 3; i++) {
            Fixtures.organization(prefix, "academia");
        }
        var first = given().auth().oauth2(TestTokens.partner("CIS-ATC")).queryParam("kind", "academia")
                .queryParam("limit", 2).get("/api/v1/organizations")
                .then().statusCode(200).body("items", hasSize(2)).header("Link", org.hamcrest.Matchers.containsString("rel=\"next\""))
                .extract();
        given().auth().oauth2(TestTokens.partner("CIS-ATC")).queryParam("kind", "academia")
                .queryParam("limit", 2).queryParam("cursor", first.path("nextCursor").toString())
                .get("/api/v1/organizations").then().statusCode(200).body("items.kind", hasItem("academia"));
        given().auth().oauth2(TestTokens.organizer()).queryParam("kind", "planet").get("/api/v1/organizations")
                .then().statusCode(400).body("errors.field", hasItem("kind"));
        given().auth().oauth2(TestTokens.organizer()).queryParam("cursor", "not-a-cursor").get("/api/v1/organizations")
                .then().statusCode(400).body("errors.field", hasItem("cursor"));
        given().auth().oauth2(TestTokens.organizer()).queryParam("limit", 5000).get("/api/v1/organizations")
                .then().statusCode(400).body("errors.field", hasItem("limit"));
    }

    @Test
    void delegationsHaveOneQuotaPerOrganizationAndPartnersSeeOnlyTheirOwn() {
        String conference = Fixtures.conference(100);
        String cis = Fixtures.organization("CIS", "international-organization");
        String uz = Fixtures.organization("UZ", "member-state");
        String cisDelegation = Fixtures.delegation(conference, cis, 5);
        Fixtures.delegation(conference, uz, 8);

        given().auth().oauth2(TestTokens.organizer()).contentType("application/json")
                .body(Map.of("organizationCode", cis, "seatQuota", 3))
                .post("/api/v1/conferences/{c}/delegations", conference)
                .then().statusCode(409).body("code", equalTo("delegation-exists"));

        given().auth().oauth2(TestTokens.partner(cis)).get("/api/v1/conferences/{c}/delegations", conference)
                .then().statusCode(200).body("items.organizationCode", equalTo(java.util.List.of(cis)))
                .body("items[0].seatsLeft", equalTo(5));
        given().auth().oauth2(TestTokens.partner(uz)).get("/api/v1/delegations/{id}", cisDelegation)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.partner(cis)).get("/api/v1/delegations/{id}", cisDelegation)
                .then().statusCode(200).body("headParticipantId", nullValue());
        given().auth().oauth2(TestTokens.delegate("d")).get("/api/v1/conferences/{c}/delegations", conference)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.partner(cis)).contentType("application/json")
                .body(Map.of("seatQuota", 50)).put("/api/v1/delegations/{id}", cisDelegation)
                .then().statusCode(403);
    }
}
