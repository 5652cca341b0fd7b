package org.scorats.conference.registration;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.TestTokens;
import org.scorats.conference.conventions.TopicReader;
import org.scorats.conference.events.CloudEventHeaders;
import org.scorats.conference.events.Topics;
import org.scorats.conference.events.registration.ConferenceEvent;
import org.scorats.conference.events.registration.DelegationEvent;
import org.scorats.conference.events.registration.OrganizationEvent;
import org.scorats.conference.events.registration.ParticipantEvent;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Every change reaches the real broker as an event consumers can act on, names intact. */
@QuarkusTest
class RegistrationEventsTest {

    private static final String PREFIX = "org.scorats.conference.registration.";
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    @Test
    void aRegistrationsLifeIsPublishedInOrderWithCyrillicNamesIntact() throws Exception {
        String conference = Fixtures.conference(100);
        String organization = Fixtures.organization("BY", "member-state");
        String invitation = Fixtures.invitation(Fixtures.delegation(conference, organization, 10));
        String self = "by-" + conference;
        String id = Fixtures.register(TestTokens.delegate(self), conference,
                Fixtures.asSelf(Fixtures.russianDelegate(organization, Fixtures.email()), self, invitation))
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.organizer()).contentType("application/json")
                .body(Fixtures.russianDelegate(organization, Fixtures.email()).replace("\"Иван\"", "\"Иван Сергеевич\""))
                .put("/api/v1/participants/{id}", id).then().statusCode(200);
        Fixtures.transition(TestTokens.organizer(), id, "waitlist", null).then().statusCode(200);
        Fixtures.transition(TestTokens.organizer(), id, "approve", null).then().statusCode(200);
        Fixtures.transition(TestTokens.organizer(), id, "check-in", null).then().statusCode(200);

        try (TopicReader reader = new TopicReader(Topics.REGISTRATION)) {
            List<ConsumerRecord<String, String>> records = reader.readKeyUntil(id,
                    r -> type(r).endsWith("checked-in"), Duration.ofSeconds(30));

            assertThat(records).extracting(RegistrationEventsTest::type).containsExactly(
                    PREFIX + "participant.registered", PREFIX + "participant.updated", PREFIX + "participant.waitlisted",
                    PREFIX + "participant.approved", PREFIX + "participant.checked-in");
            ParticipantEvent updated = json.readValue(records.get(1).value(), ParticipantEvent.class);
            assertThat(updated.participant().givenName()).isEqualTo("Иван Сергеевич");
            assertThat(updated.participant().familyName()).isEqualTo("Петров");
            assertThat(updated.participant().language()).isEqualTo("ru");
            assertThat(updated.changedFields()).containsExactly("givenName", "email");
            assertThat(updated.participant().version()).isEqualTo(1);
            ParticipantEvent approved = json.readValue(records.get(3).value(), ParticipantEvent.class);
            assertThat(approved.previousStatus()).as("moved from the waitlist").isEqualTo("waitlisted");
            assertThat(approved.participant().status()).isEqualTo("approved");
            assertThat(header(records.get(0), CloudEventHeaders.SUBJECT)).isEqualTo("participants/" + id);
            assertThat(header(records.get(0), CloudEventHeaders.SOURCE)).isEqualTo("/registration-service");
        }
    }

    /** The seat is claimed last; a registration that finds none is published, and recorded, as waitlisted. */
    @Test
    void aRegistrationWithoutASeatIsPublishedAndRecordedAsWaitlisted() throws Exception {
        String conference = Fixtures.conference(100);
        String organization = Fixtures.organization("NP", "dialogue-partner");
        Fixtures.delegation(conference, organization, 0);
        var answer = Fixtures.register(TestTokens.organizer(), conference, Fixtures.russianDelegate(organization, Fixtures.email()))
                .then().statusCode(201).body("status", equalTo("waitlisted")).extract();
        String id = answer.path("id");
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/participants/{id}/history", id)
                .then().body("to", equalTo(List.of("waitlisted")));

        try (TopicReader reader = new TopicReader(Topics.REGISTRATION)) {
            ConsumerRecord<String, String> registered = reader.readKeyUntil(id,
                    r -> type(r).endsWith("registered"), Duration.ofSeconds(30)).get(0);
            ParticipantEvent event = json.readValue(registered.value(), ParticipantEvent.class);
            assertThat(event.participant().status()).isEqualTo("waitlisted");
            assertThat(answer.header("ETag")).isEqualTo("\"" + event.participant().version() + "\"");
        }
    }

    @Test
    void rejectionsDeletionsAndOrganizationsArePublishedToo() throws Exception {
        String conference = Fixtures.conference(100);
        String organization = Fixtures.organization("AF", "observer-state");
        Fixtures.delegation(conference, organization, 10);
        String id = Fixtures.register(TestTokens.organizer(), conference, Fixtures.chineseDelegate(organization, Fixtures.email()))
                .then().statusCode(201).extract().path("id");
        Fixtures.transition(TestTokens.organizer(), id, "reject", "Quota of the delegation exhausted").then().statusCode(200);
        given().auth().oauth2(TestTokens.organizer()).delete("/api/v1/participants/{id}", id).then().statusCode(204);

        try (TopicReader reader = new TopicReader(Topics.REGISTRATION)) {
            var records = reader.readKeyUntil(id, r -> type(r).endsWith("deleted"), Duration.ofSeconds(30));
            assertThat(records).extracting(RegistrationEventsTest::type).containsExactly(PREFIX + "participant.registered",
                    PREFIX + "participant.rejected", PREFIX + "participant.deleted");
            assertThat(json.readValue(records.get(1).value(), ParticipantEvent.class).reason())
                    .isEqualTo("Quota of the delegation exhausted");
        }
        try (TopicReader reader = new TopicReader(Topics.REGISTRATION)) {
            var created = reader.readKeyUntil(organization, r -> true, Duration.ofSeconds(30)).get(0);
            assertThat(type(created)).isEqualTo(PREFIX + "organization.created");
            assertThat(json.readValue(created.value(), OrganizationEvent.class)
                    .organization().kind()).isEqualTo("observer-state");
        }
    }

    @Test
    void aRepeatedPartnerUpsertPublishesNothing() throws Exception {
        String conference = Fixtures.conference(100);
        String organization = Fixtures.organization("CIS", "international-organization");
        Fixtures.delegation(conference, organization, 10);
        String path = "/api/v1/conferences/" + conference + "/organizations/" + organization + "/participants/ext-1";
        String body = Fixtures.chineseDelegate(organization, Fixtures.email()).replace("\"speaker\"", "\"delegate\"");
        String id = given().auth().oauth2(TestTokens.partner(organization)).contentType("application/json").body(body)
                .put(path).then().statusCode(201).extract().path("id");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(TestTokens.partner(organization)).contentType("application/json").body(body)
                    .put(path).then().header("Sync-Result", "unchanged");
        }
        Fixtures.transition(TestTokens.partner(organization), id, "withdraw", null).then().statusCode(200);

        try (TopicReader reader = new TopicReader(Topics.REGISTRATION)) {
            var records = reader.readKeyUntil(id, r -> type(r).endsWith("withdrawn"), Duration.ofSeconds(30));
            assertThat(records).extracting(RegistrationEventsTest::type)
                    .containsExactly(PREFIX + "participant.registered", PREFIX + "participant.withdrawn");
            assertThat(json.readValue(records.get(0).value(), ParticipantEvent.class).participant().familyName()).isEqualTo("张");
        }
    }

    @Test
    void conferencesAndDelegationsArePublishedToo() throws Exception {
        String conference = Fixtures.conference(100);
        String organization = Fixtures.organization("CN", "member-state");
        String delegation = Fixtures.delegation(conference, organization, 10);
        given().auth().oauth2(TestTokens.organizer()).contentType("application/json").body(Map.of("seatQuota", 12))
                .put("/api/v1/delegations/{id}", delegation).then().statusCode(200);

        try (TopicReader reader = new TopicReader(Topics.REGISTRATION)) {
            var conferenceRecord = reader.readKeyUntil(conference, r -> true, Duration.ofSeconds(30)).get(0);
            ConferenceEvent created = json.readValue(conferenceRecord.value(), ConferenceEvent.class);
            assertThat(type(conferenceRecord)).isEqualTo(PREFIX + "conference.created");
            assertThat(created.conference().name()).containsEntry("zh", "第十届国际科学与实践会议");
            assertThat(conferenceRecord.value()).as("times keep the conference's offset")
                    .contains("2024-09-03T23:59:00+05:00");
            assertThat(created.conference().contacts().emergencyNumbers()).hasSize(4);
        }
        try (TopicReader reader = new TopicReader(Topics.REGISTRATION)) {
            var records = reader.readKeyUntil(delegation, r -> type(r).endsWith("delegation.updated"), Duration.ofSeconds(30));
            assertThat(records).extracting(RegistrationEventsTest::type)
                    .containsExactly(PREFIX + "delegation.created", PREFIX + "delegation.updated");
            assertThat(json.readValue(records.get(1).value(), DelegationEvent.class).delegation().seatQuota()).isEqualTo(12);
        }
    }

    private static String type(ConsumerRecord<String, String> record) {
        return header(record, CloudEventHeaders.TYPE);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
