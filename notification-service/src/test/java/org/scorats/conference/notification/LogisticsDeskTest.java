package org.scorats.conference.notification;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.TestTokens;
import org.scorats.conference.notification.NotificationFixtures.Person;

import java.time.Duration;
import java.time.OffsetDateTime;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Arrival changes reach the logistics desk's inbox through the real broker, once each. */
@QuarkusTest
class LogisticsDeskTest {

    @Inject
    NotificationFixtures fixtures;

    @Test
    void theDeskReadsEachArrivalChangeOnceNewestFirstAndNobodyElseDoes() {
        String conference = fixtures.conference();
        Person olga = fixtures.person(conference, "CIS-LOG", "ru", "Ольга", "Иванова");
        fixtures.arrivalChanged(olga, "HY 602", "HY 604", OffsetDateTime.parse("2024-09-03T21:15:00+05:00"));
        fixtures.arrivalChanged(olga, "HY 604", "HY 054", OffsetDateTime.parse("2024-09-04T07:30:00+05:00"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(desk(conference).getList("items")).hasSize(2));
        JsonPath items = desk(conference);
        assertThat(items.getList("items.after.reference")).containsExactly("HY 054", "HY 604");
        assertThat(items.getString("items[1].before.reference")).isEqualTo("HY 602");
        assertThat(items.getString("items[1].after.at")).isEqualTo("2024-09-03T21:15:00+05:00");
        assertThat(items.getString("items[0].familyName")).isEqualTo("Иванова");
        assertThat(items.getString("items[0].organization")).isEqualTo("CIS-LOG");

        given().auth().oauth2(TestTokens.delegate(olga.accountSubject())).get("/api/v1/conferences/{c}/logistics-inbox", conference)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.partner("CIS-LOG")).get("/api/v1/conferences/{c}/logistics-inbox", conference)
                .then().statusCode(403);
        given().get("/api/v1/conferences/{c}/logistics-inbox", conference).then().statusCode(401);
    }

    private static JsonPath desk(String conference) {
        return given().auth().oauth2(TestTokens.organizer()).get("/api/v1/conferences/{c}/logistics-inbox", conference)
                .then().statusCode(200).extract().jsonPath();
    }
}
