package org.scorats.conference.notification;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.TestTokens;
import org.scorats.conference.devinfra.testing.WebhookReceiver;
import org.scorats.conference.events.agenda.AgendaEvents;
import org.scorats.conference.events.agenda.ProgramChange;
import org.scorats.conference.events.registration.RegistrationEvents;
import org.scorats.conference.notification.NotificationFixtures.Person;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** Signed deliveries to partners' endpoints on a real HTTP server, retried, switched off by 410, and kept apart. */
@QuarkusTest
class WebhookDeliveryTest {

    private static final String APPROVED = RegistrationEvents.PARTICIPANT_APPROVED.type();
    private static final String PUBLISHED = AgendaEvents.PROGRAM_PUBLISHED.type();

    @Inject
    NotificationFixtures fixtures;

    @Test
    void aDeliveryIsASignedCloudEventThePartnerCanVerifyAndRead() throws Exception {
        String secret = WebhookReceiver.newSecret();
        try (WebhookReceiver receiver = new WebhookReceiver(secret)) {
            String partner = TestTokens.partner("CIS-WH1");
            String subscription = subscribe(partner, receiver, secret, APPROVED);
            Person ivan = fixtures.person(fixtures.conference(), "CIS-WH1", "ru", "Иван", "Орлов");
            UUID event = fixtures.registration(RegistrationEvents.PARTICIPANT_APPROVED, ivan, "approved", "submitted", null);

            WebhookReceiver.Received delivery = awaitRequests(receiver, 1).get(0);
            assertThat(delivery.signatureValid()).isTrue();
            JsonPath body = JsonPath.from(delivery.body());
            assertThat(body.getString("specversion")).isEqualTo("1.0");
            assertThat(body.getString("id")).isEqualTo(event.toString());
            assertThat(body.getString("type")).isEqualTo(APPROVED);
            assertThat(body.getString("data.participant.id")).isEqualTo(ivan.id().toString());

            JsonPath read = awaitDelivery(partner, subscription, "sent");
            assertThat(read.getString("items[0].id")).isEqualTo(delivery.id());
            assertThat(read.getString("items[0].eventId")).isEqualTo(event.toString());
            // Usually one attempt; on a cold, busy machine the first may miss the test profile's 2 s
            // deadline, and the partner then gets the same delivery (same id) again: never another.
            List<Object> statuses = read.getList("items[0].history.statusCode");
            assertThat(statuses).last().isEqualTo(200);
            assertThat(read.getInt("items[0].attempts")).isEqualTo(statuses.size());
            assertThat(receiver.received()).extracting(WebhookReceiver.Received::id).containsOnly(delivery.id());
        }
    }

    @Test
    void errorsAndTimeoutsAreRetriedWithTheSameIdUntilTheReceiverTakesIt() throws Exception {
        String secret = WebhookReceiver.newSecret();
        try (WebhookReceiver receiver = new WebhookReceiver(secret, WebhookReceiver.TIMEOUT, 500, 200)) {
            String partner = TestTokens.partner("CIS-WH2");
            String subscription = subscribe(partner, receiver, secret, APPROVED);
            Person p = fixtures.person(fixtures.conference(), "CIS-WH2", "en", "Retry", "Me");
            fixtures.registration(RegistrationEvents.PARTICIPANT_APPROVED, p, "approved", "submitted", null);

            JsonPath read = awaitDelivery(partner, subscription, "sent");
            List<Map<String, Object>> history = read.getList("items[0].history");
            String seen = "history " + history + ", requests " + receiver.received().size();
            assertThat(read.getInt("items[0].attempts")).as(seen).isEqualTo(history.size());
            // The receiver answers requests in the order they reach it: held past the deadline, 500,
            // then 200. An attempt a busy machine cannot even send before its deadline is cut off
            // unsent and is one more timeout before them, so only the answered ones are counted exactly.
            assertThat(history).as(seen).extracting(attempt -> attempt.get("statusCode")).last().isEqualTo(200);
            assertThat(history).as(seen).extracting(attempt -> attempt.get("statusCode")).filteredOn(Objects::nonNull)
                    .containsExactly(500, 200);
            assertThat(history.get(0).get("statusCode")).as(seen).isNull();
            assertThat(history).as(seen).filteredOn(attempt -> attempt.get("statusCode") == null)
                    .allSatisfy(attempt -> assertThat((String) attempt.get("error")).containsIgnoringCase("timed out"));
            List<WebhookReceiver.Received> requests = receiver.received();
            assertThat(requests).as(seen).hasSizeBetween(3, history.size());
            assertThat(requests).extracting(WebhookReceiver.Received::id).containsOnly(requests.get(0).id());
            assertThat(requests).allMatch(WebhookReceiver.Received::signatureValid);
        }
    }

    @Test
    void goneSwitchesTheSubscriptionOffUntilThePartnerSwitchesItOnAgain() throws Exception {
        String secret = WebhookReceiver.newSecret();
        try (WebhookReceiver receiver = new WebhookReceiver(secret, 410)) {
            String partner = TestTokens.partner("CIS-WH3");
            String subscription = subscribe(partner, receiver, secret, APPROVED);
            String conference = fixtures.conference();
            Person first = fixtures.person(conference, "CIS-WH3", "en", "First", "Person");
            fixtures.registration(RegistrationEvents.PARTICIPANT_APPROVED, first, "approved", "submitted", null);

            awaitDelivery(partner, subscription, "gone");
            given().auth().oauth2(partner).get("/api/v1/webhook-subscriptions/{id}", subscription)
                    .then().statusCode(200).body("active", equalTo(false));

            Person second = fixtures.person(conference, "CIS-WH3", "en", "Second", "Person");
            fixtures.registration(RegistrationEvents.PARTICIPANT_APPROVED, second, "approved", "submitted", null);
            fixtures.awaitConsumed(second);
            // Deliveries are queued in the transaction that takes the event in: none then, none ever.
            given().auth().oauth2(partner).get("/api/v1/webhook-subscriptions/{id}/deliveries", subscription)
                    .then().statusCode(200).body("items.size()", equalTo(1));
            assertThat(receiver.received()).hasSize(1);

            // The partner's endpoint is back: it switches the subscription on again, and the next event arrives.
            String etag = given().auth().oauth2(partner).get("/api/v1/webhook-subscriptions/{id}", subscription).header("ETag");
            given().auth().oauth2(partner).contentType("application/json").header("If-Match", etag)
                    .body(Map.of("url", receiver.url(), "eventTypes", List.of(APPROVED), "active", true))
                    .put("/api/v1/webhook-subscriptions/{id}", subscription).then().statusCode(200)
                    .body("active", equalTo(true)).body("consecutiveFailures", equalTo(0));
            Person third = fixtures.person(conference, "CIS-WH3", "en", "Third", "Person");
            fixtures.registration(RegistrationEvents.PARTICIPANT_APPROVED, third, "approved", "submitted", null);
            awaitRequests(receiver, 2);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(partner)
                    .get("/api/v1/webhook-subscriptions/{id}/deliveries", subscription).then().statusCode(200)
                    .body("items.status", equalTo(List.of("sent", "gone"))));
        }
    }

    /** A release tells each partner about its own people only; the draft's edits cannot be subscribed to. */
    @Test
    void aReleaseNamesToEachPartnerOnlyItsOwnPeople() throws Exception {
        String cisSecret = WebhookReceiver.newSecret();
        String cstoSecret = WebhookReceiver.newSecret();
        try (WebhookReceiver cis = new WebhookReceiver(cisSecret); WebhookReceiver csto = new WebhookReceiver(cstoSecret)) {
            subscribe(TestTokens.partner("CIS-WH7"), cis, cisSecret, PUBLISHED);
            subscribe(TestTokens.partner("CSTO-WH7"), csto, cstoSecret, PUBLISHED);
            String conference = fixtures.conference();
            Person ours = fixtures.person(conference, "CIS-WH7", "ru", "Олег", "Смирнов");
            Person theirs = fixtures.person(conference, "CSTO-WH7", "en", "Aidar", "Nurlanov");
            for (Person p : List.of(ours, theirs)) {
                fixtures.registration(RegistrationEvents.PARTICIPANT_APPROVED, p, "approved", "submitted", null);
                fixtures.awaitConsumed(p);
            }
            ProgramChange moved = new ProgramChange("moved", "talk", UUID.randomUUID(), UUID.randomUUID(), Map.of("en", "Keynote"),
                    null, null, List.of(), List.of(), List.of(ours.id(), theirs.id()), List.of(ours.id(), theirs.id()));
            fixtures.release(conference, 1, List.of(moved), List.of(ours.id(), theirs.id()));

            JsonPath toCis = JsonPath.from(awaitRequests(cis, 1).get(0).body());
            JsonPath toCsto = JsonPath.from(awaitRequests(csto, 1).get(0).body());
            assertThat(toCis.getList("data.affectedParticipantIds")).containsExactly(ours.id().toString());
            assertThat(toCis.getList("data.changes[0].assignedParticipantIds")).containsExactly(ours.id().toString());
            assertThat(toCsto.getList("data.affectedParticipantIds")).containsExactly(theirs.id().toString());
            assertThat(toCsto.getList("data.changes[0].affectedParticipantIds")).containsExactly(theirs.id().toString());
            assertThat(toCsto.getString("data.changes[0].title.en")).isEqualTo("Keynote");
        }
        given().auth().oauth2(TestTokens.partner("CIS-WH7")).contentType("application/json")
                .body(Map.of("url", "https://93.184.216.34/hooks", "eventTypes", List.of(AgendaEvents.SESSION_CREATED.type())))
                .post("/api/v1/webhook-subscriptions").then().statusCode(400).body("errors[0].field", equalTo("eventTypes[0]"));
    }

    @Test
    void aPartnerGetsItsOwnPeopleAndTheProgramButNeverAnotherOrganizationsPeople() throws Exception {
        String ownSecret = WebhookReceiver.newSecret();
        String otherSecret = WebhookReceiver.newSecret();
        try (WebhookReceiver own = new WebhookReceiver(ownSecret); WebhookReceiver other = new WebhookReceiver(otherSecret)) {
            String ownPartner = TestTokens.partner("CIS-WH4");
            String otherPartner = TestTokens.partner("CSTO-WH4");
            String ownSubscription = subscribe(ownPartner, own, ownSecret, APPROVED, PUBLISHED);
            String otherSubscription = subscribe(otherPartner, other, otherSecret, APPROVED, PUBLISHED);
            String conference = fixtures.conference();
            Person delegate = fixtures.person(conference, "CIS-WH4", "ru", "Олег", "Смирнов");
            // A type neither partner asked for, ahead of the approval on the same key: routed (or not) before it.
            fixtures.registration(RegistrationEvents.PARTICIPANT_REGISTERED, delegate, "submitted", null, null);
            fixtures.registration(RegistrationEvents.PARTICIPANT_APPROVED, delegate, "approved", "submitted", null);
            fixtures.release(conference, 1, List.of(), List.of());

            await().atMost(Duration.ofSeconds(30)).until(() -> own.received().size() == 2 && other.received().size() == 1);
            assertThat(own.received()).extracting(r -> JsonPath.from(r.body()).getString("type"))
                    .containsExactlyInAnyOrder(APPROVED, PUBLISHED);
            assertThat(JsonPath.from(other.received().get(0).body()).getString("type")).isEqualTo(PUBLISHED);

            String ownDelivery = awaitDelivery(ownPartner, ownSubscription, "sent").getString("items[0].id");
            given().auth().oauth2(ownPartner).get("/api/v1/webhook-subscriptions/{id}/deliveries", ownSubscription)
                    .then().statusCode(200).body("items.eventType", containsInAnyOrder(APPROVED, PUBLISHED));
            given().auth().oauth2(otherPartner).get("/api/v1/webhook-subscriptions/{id}/deliveries", ownSubscription)
                    .then().statusCode(404);
            given().auth().oauth2(otherPartner).post("/api/v1/webhook-deliveries/{id}/redeliver", ownDelivery)
                    .then().statusCode(404);
            given().auth().oauth2(TestTokens.delegate(delegate.accountSubject()))
                    .post("/api/v1/webhook-deliveries/{id}/redeliver", ownDelivery).then().statusCode(403);
            given().post("/api/v1/webhook-deliveries/{id}/redeliver", ownDelivery).then().statusCode(401);
            given().auth().oauth2(otherPartner).get("/api/v1/webhook-subscriptions/{id}/deliveries", otherSubscription)
                    .then().statusCode(200).body("items.eventType", equalTo(List.of(PUBLISHED)));
        }
    }

    @Test
    void everyTypeAPartnerMaySubscribeToReachesThePartnerItConcernsAndNoOther() throws Exception {
        String arrival = RegistrationEvents.PARTICIPANT_ARRIVAL_CHANGED.type();
        String issued = RegistrationEvents.VISA_LETTER_ISSUED.type();
        String revoked = RegistrationEvents.VISA_LETTER_REVOKED.type();
        String refused = RegistrationEvents.VISA_LETTER_REFUSED.type();
        String moved = RegistrationEvents.CONFERENCE_RESCHEDULED.type();
        String certificate = RegistrationEvents.CERTIFICATE_REVOKED.type();
        String ownSecret = WebhookReceiver.newSecret();
        String otherSecret = WebhookReceiver.newSecret();
        try (WebhookReceiver own = new WebhookReceiver(ownSecret); WebhookReceiver other = new WebhookReceiver(otherSecret)) {
            subscribe(TestTokens.partner("CIS-WH6"), own, ownSecret, arrival, issued, revoked, refused, moved, certificate);
            String otherPartner = TestTokens.partner("CSTO-WH6");
            String otherSubscription = subscribe(otherPartner, other, otherSecret, arrival, issued, revoked, refused, moved,
                    certificate);
            String conference = fixtures.conference();
            Person delegate = fixtures.person(conference, "CIS-WH6", "ru", "Олег", "Смирнов");
            fixtures.registration(RegistrationEvents.PARTICIPANT_APPROVED, delegate, "approved", "submitted", null);
            fixtures.arrivalChanged(delegate, "HY 602", "HY 604", OffsetDateTime.parse("2024-09-03T20:10:00+05:00"));
            fixtures.visaLetterIssued(delegate, "CONF-VL-WH6ISSUE");
            fixtures.visaLetterRevoked(delegate, "CONF-VL-WH6ISSUE", "The participant attends remotely", "remote");
            fixtures.visaLetterRefused(delegate, "The conference moved", "conference-moved");
            fixtures.certificateRevoked(delegate, "CONF-AC-WH6REVOK", "The registration was deleted", "deleted");
            fixtures.conferenceMovedAWeek(conference);

            await().atMost(Duration.ofSeconds(30)).until(() -> own.received().size() == 6);
            assertThat(own.received()).extracting(r -> JsonPath.from(r.body()).getString("type"))
                    .containsExactlyInAnyOrder(arrival, issued, revoked, refused, moved, certificate);
            // Each event was routed to every subscription when the own partner's copy was queued: all six are.
            given().auth().oauth2(otherPartner).get("/api/v1/webhook-subscriptions/{id}/deliveries", otherSubscription)
                    .then().statusCode(200).body("items.eventType", equalTo(List.of(moved)));
        }
    }

    /** A partner rotates its secret before its receiver knows the new one: deliveries still verify there. */
    @Test
    void aRotatedSecretKeepsSigningBesideTheNewOneWhileThePartnerSwitches() throws Exception {
        String old = WebhookReceiver.newSecret();
        try (WebhookReceiver receiver = new WebhookReceiver(old)) {
            String partner = TestTokens.partner("CIS-WH8");
            String subscription = subscribe(partner, receiver, old, APPROVED);
            String next = WebhookReceiver.newSecret();
            given().auth().oauth2(partner).contentType("application/json").body(Map.of("secret", next))
                    .post("/api/v1/webhook-subscriptions/{id}/secret-rotation", subscription).then().statusCode(200)
                    .body("previousSecretSigningUntil", notNullValue()).body("$", not(hasKey("secret")));
            Person p = fixtures.person(fixtures.conference(), "CIS-WH8", "en", "Amir", "Nazarov");
            fixtures.registration(RegistrationEvents.PARTICIPANT_APPROVED, p, "approved", "submitted", null);

            List<WebhookReceiver.Received> requests = awaitRequests(receiver, 1);
            assertThat(requests.get(0).signatureValid()).as("signed with the old secret too").isTrue();
            awaitDelivery(partner, subscription, "sent");
        }
    }

    @Test
    void aPartnerCanAskForADeliveryAgain() throws Exception {
        String secret = WebhookReceiver.newSecret();
        try (WebhookReceiver receiver = new WebhookReceiver(secret)) {
            String partner = TestTokens.partner("CIS-WH5");
            String subscription = subscribe(partner, receiver, secret, APPROVED);
            Person p = fixtures.person(fixtures.conference(), "CIS-WH5", "zh", "明", "李");
            fixtures.registration(RegistrationEvents.PARTICIPANT_APPROVED, p, "approved", "submitted", null);
            String delivery = awaitDelivery(partner, subscription, "sent").getString("items[0].id");

            given().auth().oauth2(partner).post("/api/v1/webhook-deliveries/{id}/redeliver", delivery)
                    .then().statusCode(200).body("status", equalTo("pending"));
            List<WebhookReceiver.Received> requests = awaitRequests(receiver, 2);
            assertThat(requests.get(1).id()).isEqualTo(requests.get(0).id());
            assertThat(requests.get(1).body()).isEqualTo(requests.get(0).body());
            given().auth().oauth2(TestTokens.partner("CIS-WH5")).post("/api/v1/webhook-deliveries/{id}/redeliver", UUID.randomUUID())
                    .then().statusCode(404).contentType("application/problem+json");
        }
    }

    private static String subscribe(String partner, WebhookReceiver receiver, String secret, String... types) {
        return given().auth().oauth2(partner).contentType("application/json")
                .body(Map.of("url", receiver.url(), "eventTypes", List.of(types), "secret", secret))
                .post("/api/v1/webhook-subscriptions").then().statusCode(201).extract().path("id");
    }

    private static JsonPath awaitDelivery(String partner, String subscription, String status) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> given().auth().oauth2(partner).get("/api/v1/webhook-subscriptions/{id}/deliveries", subscription)
                        .then().statusCode(200).extract().jsonPath(),
                page -> status.equals(page.getString("items[0].status")));
    }

    private static List<WebhookReceiver.Received> awaitRequests(WebhookReceiver receiver, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(receiver::received, r -> r.size() >= count);
    }
}
