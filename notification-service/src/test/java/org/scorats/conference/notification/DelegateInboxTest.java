package org.scorats.conference.notification;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.TestTokens;
import org.scorats.conference.events.registration.RegistrationEvents;
import org.scorats.conference.notification.NotificationFixtures.Person;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** A delegate's notifications through the API: their own, newest first, in their language. */
@QuarkusTest
class DelegateInboxTest {

    @Inject
    NotificationFixtures fixtures;

    @Test
    void aDelegateReadsTheirOwnNoticesNewestFirstInTheirLanguageAndMarksThemRead() {
        String conference = fixtures.conference();
        Person olga = fixtures.person(conference, "CIS-INB", "ru", "Ольга", "Иванова");
        fixtures.registration(RegistrationEvents.PARTICIPANT_REGISTERED, olga, "submitted", null, null);
        fixtures.registration(RegistrationEvents.PARTICIPANT_APPROVED, olga, "approved", "submitted", null);
        String token = TestTokens.delegate(olga.accountSubject());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(inbox(token, conference, 10).getList("items")).hasSize(2));
        JsonPath all = inbox(token, conference, 10);
        assertThat(all.getList("items.kind")).containsExactly("approved", "registration-received");
        assertThat(all.getString("items[0].title")).isEqualTo("Ваша регистрация подтверждена: X конференция РАТС ШОС");
        assertThat(all.getString("items[0].text")).contains("Место проведения");
        assertThat(all.getList("items.readAt")).containsOnlyNulls();

        JsonPath first = inbox(token, conference, 1);
        assertThat(first.getString("items[0].kind")).isEqualTo("approved");
        JsonPath second = given().auth().oauth2(token).queryParam("limit", 1).queryParam("cursor", first.getString("nextCursor"))
                .get("/api/v1/conferences/{c}/inbox", conference).then().statusCode(200).extract().jsonPath();
        assertThat(second.getList("items.kind")).containsExactly("registration-received");
        assertThat(second.getString("nextCursor")).isNull();
        given().auth().oauth2(token).queryParam("cursor", "bm90LWEtY3Vyc29y").get("/api/v1/conferences/{c}/inbox", conference)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));

        String approved = all.getString("items[0].id");
        given().auth().oauth2(token).post("/api/v1/inbox/{id}/read", approved)
                .then().statusCode(200).body("readAt", notNullValue()).body("id", equalTo(approved));
        assertThat(inbox(token, conference, 10).getString("items[0].readAt")).isNotNull();

        // The audit trail: the notice was written by the service applying an event, marked read by Olga.
        JsonPath trail = given().auth().oauth2(TestTokens.organizer()).get("/api/v1/audit/notification?resourceId={id}", approved)
                .then().statusCode(200).extract().jsonPath();
        assertThat(trail.getList("items.findAll { it.action == 'create' }.actorSubject")).containsExactly("system");
        assertThat(trail.getList("items.findAll { it.actorSubject == '%s' }.action".formatted(olga.accountSubject())))
                .containsExactly("update");
        assertThat(trail.getMap("items.find { it.actorSubject == '%s' }.changes".formatted(olga.accountSubject())))
                .containsOnlyKeys("readAt");
    }

    @Test
    void nobodyElseReadsOrMarksADelegatesInbox() {
        String conference = fixtures.conference();
        Person owner = fixtures.person(conference, "CIS-INB", "en", "Owner", "One");
        Person colleague = fixtures.person(conference, "CIS-INB", "en", "Colleague", "Two");
        fixtures.registration(RegistrationEvents.PARTICIPANT_APPROVED, owner, "approved", "submitted", null);
        fixtures.registration(RegistrationEvents.PARTICIPANT_REGISTERED, colleague, "submitted", null, null);
        String ownerToken = TestTokens.delegate(owner.accountSubject());
        String colleagueToken = TestTokens.delegate(colleague.accountSubject());
        // Until their registration event is applied the service does not know them: 404, asserted away by untilAsserted.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(inbox(ownerToken, conference, 10).getList("items")).hasSize(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(inbox(colleagueToken, conference, 10).getList("items")).hasSize(1));
        String notice = inbox(ownerToken, conference, 10).getString("items[0].id");

        assertThat(inbox(colleagueToken, conference, 10).getList("items.kind")).isEqualTo(List.of("registration-received"));
        given().auth().oauth2(colleagueToken).post("/api/v1/inbox/{id}/read", notice)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.delegate("not-registered")).get("/api/v1/conferences/{c}/inbox", conference)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.partner("CIS-INB")).get("/api/v1/conferences/{c}/inbox", conference).then().statusCode(403);
        given().get("/api/v1/conferences/{c}/inbox", conference).then().statusCode(401);
        given().post("/api/v1/inbox/{id}/read", notice).then().statusCode(401);
        given().auth().oauth2(ownerToken).get("/api/v1/conferences/{c}/inbox", conference)
                .then().statusCode(200).body("items[0].readAt", equalTo(null));
    }

    private static JsonPath inbox(String token, String conference, int limit) {
        return given().auth().oauth2(token).queryParam("limit", limit).get("/api/v1/conferences/{c}/inbox", conference)
                .then().statusCode(200).extract().jsonPath();
    }
}
