package org.scorats.conference.notification;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.TestTokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class WebhookSubscriptionTest {

    private static final String APPROVED = "org.scorats.conference.registration.participant.approved";

    @Test
    void aPartnerSubscribesForItsOwnOrganizationAndSeesTheGeneratedSecretOnce() {
        String partner = TestTokens.partner("CIS-SUB1");
        String id = given().auth().oauth2(partner).contentType("application/json")
                .body(Map.of("url", "http://127.0.0.1:9999/hooks", "eventTypes", List.of(APPROVED)))
                .post("/api/v1/webhook-subscriptions")
                .then().statusCode(201)
                .body("organizationCode", equalTo("CIS-SUB1"))
                .body("active", equalTo(true))
                .body("secret", matchesPattern("whsec_[A-Za-z0-9+/]{43}="))
                .extract().path("id");

        given().auth().oauth2(partner).get("/api/v1/webhook-subscriptions/{id}", id)
                .then().statusCode(200).body("secret", nullValue()).body("eventTypes", equalTo(List.of(APPROVED)));
        given().auth().oauth2(TestTokens.partner("CSTO-SUB1")).get("/api/v1/webhook-subscriptions/{id}", id).then().statusCode(404);
        given().auth().oauth2(TestTokens.partner("CSTO-SUB1")).delete("/api/v1/webhook-subscriptions/{id}", id).then().statusCode(404);
        given().auth().oauth2(TestTokens.partner("CSTO-SUB1")).get("/api/v1/webhook-subscriptions")
                .then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/webhook-subscriptions/{id}", id).then().statusCode(200);
        given().auth().oauth2(TestTokens.delegate("d")).get("/api/v1/webhook-subscriptions").then().statusCode(403);
        given().get("/api/v1/webhook-subscriptions").then().statusCode(401);

        given().auth().oauth2(partner).delete("/api/v1/webhook-subscriptions/{id}", id).then().statusCode(204);
        given().auth().oauth2(partner).get("/api/v1/webhook-subscriptions/{id}", id).then().statusCode(404);
    }

    @Test
    void aPartnerCannotSubscribeForAnotherOrganization() {
        given().auth().oauth2(TestTokens.partner("CIS-SUB2")).contentType("application/json")
                .body(Map.of("organizationCode", "CSTO", "url", "https://partner.example/hooks", "eventTypes", List.of(APPROVED)))
                .post("/api/v1/webhook-subscriptions").then().statusCode(403);
        given().auth().oauth2(TestTokens.organizer()).contentType("application/json")
                .body(Map.of("url", "https://partner.example/hooks", "eventTypes", List.of(APPROVED)))
                .post("/api/v1/webhook-subscriptions").then().statusCode(400).body("errors.field", hasItem("organizationCode"));
    }

    @Test
    void urlsAndEventTypesAreChecked() {
        String partner = TestTokens.partner("CIS-SUB3");
        for (String url : List.of("ftp://partner.example/hooks", "https://user:pass@partner.example/hooks", "not a url", "https:///nohost")) {
            given().auth().oauth2(partner).contentType("application/json")
                    .body(Map.of("url", url, "eventTypes", List.of(APPROVED)))
                    .post("/api/v1/webhook-subscriptions").then().statusCode(400).body("errors.field", hasItem("url"));
        }
        given().auth().oauth2(partner).contentType("application/json")
                .body(Map.of("url", "https://partner.example/hooks", "eventTypes", List.of(APPROVED, "com.example.unknown")))
                .post("/api/v1/webhook-subscriptions").then().statusCode(400).body("errors.field", hasItem("eventTypes[1]"));
        given().auth().oauth2(partner).contentType("application/json")
                .body(Map.of("url", "https://partner.example/hooks", "eventTypes", List.of(APPROVED), "secret", "short"))
                .post("/api/v1/webhook-subscriptions").then().statusCode(400).body("errors.field", hasItem("secret"));
    }
}
