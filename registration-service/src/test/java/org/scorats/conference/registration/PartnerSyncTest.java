package org.scorats.conference.registration;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.TestTokens;
import org.scorats.conference.conventions.TopicReader;
import org.scorats.conference.events.CloudEventHeaders;
import org.scorats.conference.events.Topics;
import org.scorats.conference.events.registration.ParticipantEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class PartnerSyncTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @Inject
    AgroalDataSource dataSource;

    String conference;
    String cis;
    String partner;

    @BeforeEach
    void cisAtcWithADelegation() {
        conference = Fixtures.conference(500);
        cis = Fixtures.organization("CIS-ATC", "international-organization");
        Fixtures.delegation(conference, cis, 300);
        partner = TestTokens.partner(cis);
    }

    @Test
    void anUpsertCreatesThenUpdatesAndARepeatChangesNothing() {
        String body = Fixtures.russianDelegate(null, "sync-" + UUID.randomUUID() + "@example.org").replace("\"organizationCode\": \"null\", ", "");
        upsert(partner, "cis-1001", body, null)
                .then().statusCode(201).header("Sync-Result", "created").header("ETag", "\"0\"")
                .body("externalId", equalTo("cis-1001")).body("organizationCode", equalTo(cis));
        upsert(partner, "cis-1001", body, null)
                .then().statusCode(200).header("Sync-Result", "unchanged").header("ETag", "\"0\"");

        String changed = body.replace("\"Иван\"", "\"Иван Сергеевич\"");
        upsert(partner, "cis-1001", changed, "\"7\"")
                .then().statusCode(412).body("code", equalTo("precondition-failed"));
        upsert(partner, "cis-1001", changed, "\"0\"")
                .then().statusCode(200).header("Sync-Result", "updated").header("ETag", "\"1\"")
                .body("givenName", equalTo("Иван Сергеевич"));
        given().auth().oauth2(partner).header("If-None-Match", "*").contentType("application/json").body(body)
                .put(path("cis-1001")).then().statusCode(412);
        given().auth().oauth2(partner).get(path("cis-1001"))
                .then().statusCode(200).header("ETag", "\"1\"").body("givenName", equalTo("Иван Сергеевич"));
        upsert(partner, "cis-unknown", body.replace("sync-", "other-"), "\"0\"")
                .then().statusCode(412);
    }

    @Test
    void aBatchAnswersEveryItemAndOneBadItemRefusesNoOther() {
        upsert(partner, "cis-existing", delegate("existing"), null).then().statusCode(201);
        List<Object> items = new ArrayList<>();
        items.add(item("cis-a", delegate("a")));
        items.add(item("cis-b", delegate("b")));
        items.add(item("cis-bad-email", delegate("x").replace("@example.org", "-at-example")));
        items.add(item("cis-no-consent", delegate("y").replace("\"privacyConsent\": true", "\"privacyConsent\": false")));
        items.add(item("cis-existing", delegate("existing")));
        items.add(item("cis-c", delegate("a"))); // the email cis-a took a moment ago
        items.add(item("cis-d", delegate("d")));
        // Items that cannot even be read are answered on their own too.
        items.add(item("cis-nul", delegate("n").replace("\"Иван\"", "\"И\\u0000ван\"")));
        items.add(item("cis-number", delegate("m").replace("\"Петров\"", "12")));
        items.add(item("cis-\u0000x", delegate("z")));
        items.add(null);
        items.add("cis-not-an-object");

        given().auth().oauth2(partner).contentType("application/json").body(Map.of("items", items))
                .post("/api/v1/conferences/{c}/organizations/{o}/participant-batches", conference, cis)
                .then().statusCode(200)
                .body("created", equalTo(3)).body("unchanged", equalTo(1)).body("failed", equalTo(8))
                .body("results.result", equalTo(List.of("created", "created", "failed", "failed", "unchanged", "failed", "created",
                        "failed", "failed", "failed", "failed", "failed")))
                .body("results.index", equalTo(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)))
                .body("results[2].problem.errors.field", hasItem("participant.email"))
                .body("results[3].problem.errors.field", hasItem("participant.privacyConsent"))
                .body("results[5].problem.code", equalTo("email-taken"))
                .body("results[7].externalId", equalTo("cis-nul"))
                .body("results[7].problem.errors[0].field", equalTo("participant.givenName"))
                .body("results[7].problem.errors[0].message", equalTo("contains the control character U+0000"))
                .body("results[8].problem.errors[0].field", equalTo("participant.familyName"))
                .body("results[8].problem.errors[0].message", equalTo("must be a string"))
                .body("results[9].externalId", nullValue())
                .body("results[9].problem.errors[0].field", equalTo("externalId"))
                .body("results[10].problem.errors[0].field", equalTo("item"))
                .body("results[11].problem.errors[0].field", equalTo("item"))
                .body("results[0].id", notNullValue());

        given().auth().oauth2(partner).get(path("cis-d")).then().statusCode(200);
        given().auth().oauth2(partner).get(path("cis-bad-email")).then().statusCode(404);
        given().auth().oauth2(partner).get(path("cis-nul")).then().statusCode(404);
    }

    /**
     * A batch's new people claim their seats together: the first in the batch's order get the seats
     * the quota leaves, the rest are waitlisted, exactly as one by one; an external id given twice
     * is registered, then changed; the counters keep to the recount.
     */
    @Test
    void aBatchSeatsItsFirstItemsInOrderAndWaitlistsTheRest() throws Exception {
        String small = Fixtures.organization("SYNC", "international-organization");
        Fixtures.delegation(conference, small, 3);
        String token = TestTokens.partner(small);
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            items.add(item("s-" + i, Fixtures.russianDelegate(small, "s" + i + "-" + conference + "@example.org")));
        }
        items.add(item("s-1", Fixtures.russianDelegate(small, "s1-" + conference + "@example.org").replace("\"Иван\"", "\"Иван Сергеевич\"")));

        given().auth().oauth2(token).contentType("application/json").body(Map.of("items", items))
                .post("/api/v1/conferences/{c}/organizations/{o}/participant-batches", conference, small)
                .then().statusCode(200)
                .body("created", equalTo(5)).body("updated", equalTo(1))
                .body("results.result", equalTo(List.of("created", "created", "created", "created", "created", "updated")));
        List<String> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            statuses.add(given().auth().oauth2(token)
                    .get("/api/v1/conferences/{c}/organizations/{o}/participants/{e}", conference, small, "s-" + i)
                    .then().statusCode(200).extract().path("status"));
        }
        assertThat(statuses).containsExactly("submitted", "submitted", "submitted", "waitlisted", "waitlisted");
        given().auth().oauth2(token).get("/api/v1/conferences/{c}/organizations/{o}/participants/{e}", conference, small, "s-1")
                .then().body("givenName", equalTo("Иван Сергеевич")).header("ETag", "\"1\"");
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/conferences/{id}/seat-check", conference)
                .then().statusCode(200).body("consistent", equalTo(true));

        // The batch found three seats left: the last two were stored waitlisted, and their events say so.
        for (String externalId : List.of("s-3", "s-4")) {
            assertRegisteredAsStored(token, small, externalId, "waitlisted");
        }
    }

    /**
     * A batch expects the seats it found when it began. If they are gone by its claim (here an
     * organizer lowered the quota meanwhile, and held the delegation's row while the batch was
     * worked), the claim finds none: those that expected a seat are waitlisted instead, their first
     * status and their registration events rewritten before the commit.
     */
    @Test
    void aBatchWhoseSeatsWentMeanwhileWaitlistsThoseItCouldNotSeat() throws Exception {
        String small = Fixtures.organization("LATE", "international-organization");
        String delegation = Fixtures.delegation(conference, small, 2);
        String token = TestTokens.partner(small);
        List<Map<String, Object>> items = List.of(
                item("l-0", Fixtures.russianDelegate(small, "l0-" + conference + "@example.org")),
                item("l-1", Fixtures.russianDelegate(small, "l1-" + conference + "@example.org")));
        try (Connection organizer = dataSource.getConnection()) {
            organizer.setAutoCommit(false);
            try (PreparedStatement lower = organizer.prepareStatement("UPDATE delegation SET seat_quota = 0 WHERE id = ?")) {
                lower.setObject(1, UUID.fromString(delegation));
                lower.executeUpdate();
            }
            CompletableFuture<Response> batch = CompletableFuture.supplyAsync(() -> given().auth().oauth2(token)
                    .contentType("application/json").body(Map.of("items", items))
                    .post("/api/v1/conferences/{c}/organizations/{o}/participant-batches", conference, small));
            // The batch has read the two seats the last commit left and stored its items; its claim waits for the row.
            await().atMost(Duration.ofSeconds(60)).until(() -> claimsWaitingForARowLock() > 0);
            organizer.commit();
            batch.get(60, TimeUnit.SECONDS).then().statusCode(200).body("created", equalTo(2));
        }
        for (String externalId : List.of("l-0", "l-1")) {
            Response stored = assertRegisteredAsStored(token, small, externalId, "waitlisted");
            given().auth().oauth2(TestTokens.organizer()).get("/api/v1/participants/{id}/history", stored.path("id").toString())
                    .then().statusCode(200).body("to", equalTo(List.of("waitlisted")));
        }
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/conferences/{id}/seat-check", conference)
                .then().statusCode(200).body("consistent", equalTo(true));
    }

    private long claimsWaitingForARowLock() throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%seats_taken%'");
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The participant as stored has {@code status}, and so has its registration event, with the version stored. */
    private Response assertRegisteredAsStored(String token, String organization, String externalId, String status)
            throws Exception {
        Response stored = given().auth().oauth2(token)
                .get("/api/v1/conferences/{c}/organizations/{o}/participants/{e}", conference, organization, externalId);
        assertThat(stored.path("status").toString()).isEqualTo(status);
        try (TopicReader reader = new TopicReader(Topics.REGISTRATION)) { // each from the start: one read passes the other's
            ConsumerRecord<String, String> registered = reader.readKeyUntil(stored.path("id"),
                    r -> new String(r.headers().lastHeader(CloudEventHeaders.TYPE).value()).endsWith("registered"),
                    Duration.ofSeconds(30)).get(0);
            ParticipantEvent event = JSON.readValue(registered.value(), ParticipantEvent.class);
            assertThat(event.participant().status()).isEqualTo(status);
            assertThat(stored.header("ETag")).isEqualTo("\"" + event.participant().version() + "\"");
        }
        return stored;
    }

    @Test
    void aBatchOfMoreThanAThousandIsRefusedWhole() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            items.add(item("cis-" + i, delegate("n" + i)));
        }
        given().auth().oauth2(partner).contentType("application/json").body(Map.of("items", items))
                .post("/api/v1/conferences/{c}/organizations/{o}/participant-batches", conference, cis)
                .then().statusCode(400).body("errors.field", hasItem("items"));
    }

    @Test
    void theChangeFeedCatchesCreationsChangesWithdrawalsAndDeletions() {
        String first = upsert(partner, "cis-f1", delegate("f1"), null).then().extract().path("id");
        upsert(partner, "cis-f2", delegate("f2"), null).then().statusCode(201);
        upsert(partner, "cis-f3", delegate("f3"), null).then().statusCode(201);

        var initial = changes(partner, null).then().statusCode(200)
                .body("items.externalId", equalTo(List.of("cis-f1", "cis-f2", "cis-f3")))
                .body("items.change", equalTo(List.of("upserted", "upserted", "upserted")))
                .body("more", equalTo(false)).extract();
        String cursor = initial.path("nextCursor");
        changes(partner, cursor).then().body("items", hasSize(0)).body("nextCursor", equalTo(cursor));

        Fixtures.transition(partner, first, "withdraw", null).then().statusCode(200);
        given().auth().oauth2(partner).delete(path("cis-f2")).then().statusCode(204);

        changes(partner, cursor).then()
                .body("items.externalId", equalTo(List.of("cis-f1", "cis-f2")))
                .body("items[0].change", equalTo("upserted"))
                .body("items[0].participant.status", equalTo("withdrawn"))
                .body("items[1].change", equalTo("deleted"))
                .body("items[1].participant", nullValue());
        given().auth().oauth2(partner).get(path("cis-f2")).then().statusCode(404);

        // read from the start: each participant once, in the order of its latest change
        var paged = changes(partner, null, 2).then()
                .body("items.externalId", equalTo(List.of("cis-f3", "cis-f1"))).body("more", equalTo(true)).extract();
        changes(partner, paged.path("nextCursor"), 2).then()
                .body("items.externalId", equalTo(List.of("cis-f2"))).body("more", equalTo(false));
    }

    @Test
    void aPartnerNeverSeesOrTouchesAnotherOrganizationsPeople() {
        String id = upsert(partner, "cis-private", delegate("private"), null).then().statusCode(201).extract().path("id");
        String otherOrganization = Fixtures.organization("CSTO", "international-organization");
        Fixtures.delegation(conference, otherOrganization, 10);
        String other = TestTokens.partner(otherOrganization);

        given().auth().oauth2(other).get(path("cis-private")).then().statusCode(403).body("code", equalTo("forbidden"));
        upsert(other, "cis-private", delegate("hijack"), null).then().statusCode(403);
        given().auth().oauth2(other).delete(path("cis-private")).then().statusCode(403);
        changes(other, null).then().statusCode(403);
        given().auth().oauth2(other).get("/api/v1/participants/{id}", id).then().statusCode(404);
        given().auth().oauth2(other).get("/api/v1/conferences/{c}/participants", conference)
                .then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(TestTokens.token("service-account-x", java.util.Set.of("partner"), Map.of()))
                .get(path("cis-private")).then().statusCode(403).body("detail", containsString("names no organization"));
        given().auth().oauth2(TestTokens.delegate("d")).get(path("cis-private")).then().statusCode(403);

        // the partner itself, and organizers, may
        given().auth().oauth2(partner).get("/api/v1/participants/{id}", id).then().statusCode(200);
        given().auth().oauth2(TestTokens.organizer()).get(path("cis-private")).then().statusCode(200);
    }

    /** A partner's sync follows the registration window as the form does: nobody new once it closed, changes still go through. */
    @Test
    void afterRegistrationClosesASyncRegistersNobodyNewButStillUpdates() {
        conference = Fixtures.conference(50, "flag", Fixtures.OPEN, "2021-01-01T00:00:00+05:00");
        Fixtures.delegation(conference, cis, 10);
        upsert(TestTokens.organizer(), "cis-early", delegate("early"), null).then().statusCode(201); // organizers may, any time

        upsert(partner, "cis-late", delegate("late"), null).then().statusCode(409).body("code", equalTo("registration-closed"));
        given().auth().oauth2(partner).contentType("application/json")
                .body(Map.of("items", List.of(item("cis-late-batch", delegate("late-batch")))))
                .post("/api/v1/conferences/{c}/organizations/{o}/participant-batches", conference, cis)
                .then().statusCode(200).body("failed", equalTo(1)).body("results[0].problem.code", equalTo("registration-closed"));
        upsert(partner, "cis-early", delegate("early").replace("\"Иван\"", "\"Иван Сергеевич\""), "\"0\"")
                .then().statusCode(200).header("Sync-Result", "updated");

        given().auth().oauth2(partner).get(path("cis-late")).then().statusCode(404);
        given().auth().oauth2(partner).get(path("cis-late-batch")).then().statusCode(404);
    }

    /** An address another organization's delegate registered with is refused, without telling the partner so. */
    @Test
    void anEmailTakenElsewhereIsRefusedWithoutNamingItToThePartner() {
        String email = "taken-" + conference + "@example.org";
        String csto = Fixtures.organization("CSTO", "international-organization");
        Fixtures.delegation(conference, csto, 5);
        given().auth().oauth2(TestTokens.partner(csto)).contentType("application/json").body(Fixtures.russianDelegate(csto, email))
                .put("/api/v1/conferences/{c}/organizations/{o}/participants/{e}", conference, csto, "csto-1")
                .then().statusCode(201);

        upsert(partner, "cis-copy", Fixtures.russianDelegate(cis, email), null)
                .then().statusCode(409).body("code", equalTo("email-taken"))
                .body("detail", not(containsString(email))).body("detail", not(containsString("registered")));
        upsert(TestTokens.organizer(), "cis-copy", Fixtures.russianDelegate(cis, email), null)
                .then().statusCode(409).body("code", equalTo("email-taken")).body("detail", containsString(email));
        given().auth().oauth2(partner).get(path("cis-copy")).then().statusCode(404);
    }

    private String path(String externalId) {
        return "/api/v1/conferences/" + conference + "/organizations/" + cis + "/participants/" + externalId;
    }

    private Response upsert(String token, String externalId, String body, String ifMatch) {
        var request = given().auth().oauth2(token).contentType("application/json").body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put(path(externalId));
    }

    private Response changes(String token, String cursor) {
        return changes(token, cursor, 50);
    }

    private Response changes(String token, String cursor, int limit) {
        var request = given().auth().oauth2(token).queryParam("limit", limit);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return request.get("/api/v1/conferences/{c}/organizations/{o}/changes", conference, cis);
    }

    private String delegate(String name) {
        return Fixtures.russianDelegate(cis, name + "-" + conference + "@example.org");
    }

    private static Map<String, Object> item(String externalId, String participantJson) {
        try {
            return Map.of("externalId", externalId,
                    "participant", new com.fasterxml.jackson.databind.ObjectMapper().readValue(participantJson, Map.class));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
