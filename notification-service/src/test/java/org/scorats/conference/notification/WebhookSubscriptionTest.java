package org.scorats.conference.notification;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.TestTokens;
import org.scorats.conference.notification.domain.WebhookSubscription;
import org.scorats.conference.notification.service.LegacySecrets;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class WebhookSubscriptionTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    LegacySecrets legacySecrets;

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

        // The audit trail: created and deleted by the partner, the secret never written out; theirs to read, no one else's.
        given().auth().oauth2(partner).get("/api/v1/audit/notification?resourceId={id}", id).then().statusCode(200)
                .body("items.action", equalTo(List.of("delete", "create")))
                .body("items[1].changes.secret.to", equalTo("***"))
                .body("items[1].actorSubject", equalTo("service-account-cis-sub1"))
                .body("items[1].organizationCode", equalTo("CIS-SUB1"));
        given().auth().oauth2(TestTokens.partner("CSTO-SUB1")).get("/api/v1/audit/notification?resourceId={id}", id)
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aPartnerChangesItsOwnSubscriptionWithItsETagAndNobodyElseCan() {
        String partner = TestTokens.partner("CIS-SUB4");
        String id = given().auth().oauth2(partner).contentType("application/json")
                .body(Map.of("url", "http://127.0.0.1:9999/hooks", "eventTypes", List.of(APPROVED)))
                .post("/api/v1/webhook-subscriptions").then().statusCode(201).extract().path("id");
        String one = "/api/v1/webhook-subscriptions/{id}";
        String etag = given().auth().oauth2(partner).get(one, id).then().statusCode(200).extract().header("ETag");
        String rejected = "org.scorats.conference.registration.participant.rejected";
        Map<String, Object> change = Map.of("url", "http://127.0.0.1:9999/v2", "eventTypes", List.of(APPROVED, rejected),
                "active", false);

        // Refused, and nothing changed.
        given().auth().oauth2(partner).contentType("application/json").header("If-Match", etag)
                .body(Map.of("url", "http://127.0.0.1:9999/v2", "eventTypes", List.of("no.such.type"), "active", true))
                .put(one, id).then().statusCode(400).body("errors.field", hasItem("eventTypes[0]"));
        given().auth().oauth2(partner).contentType("application/json").header("If-Match", etag)
                .body(Map.of("url", "ftp://127.0.0.1/hooks", "eventTypes", List.of(APPROVED), "active", true))
                .put(one, id).then().statusCode(400).body("errors.field", hasItem("url"));
        given().auth().oauth2(partner).contentType("application/json").header("If-Match", etag)
                .body(Map.of("url", "http://127.0.0.1:9999/v2", "eventTypes", List.of(APPROVED)))
                .put(one, id).then().statusCode(400).body("errors.field", hasItem("active"));
        given().auth().oauth2(TestTokens.partner("CSTO-SUB4")).contentType("application/json").body(change).put(one, id)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.delegate("d")).contentType("application/json").body(change).put(one, id)
                .then().statusCode(403);
        given().contentType("application/json").body(change).put(one, id).then().statusCode(401);
        given().auth().oauth2(partner).contentType("application/json").header("If-Match", "\"7\"").body(change).put(one, id)
                .then().statusCode(412);
        given().auth().oauth2(partner).get(one, id).then().statusCode(200).header("ETag", etag)
                .body("url", equalTo("http://127.0.0.1:9999/hooks")).body("active", equalTo(true));

        given().auth().oauth2(partner).contentType("application/json").header("If-Match", etag).body(change).put(one, id)
                .then().statusCode(200).body("url", equalTo("http://127.0.0.1:9999/v2"))
                .body("eventTypes", equalTo(List.of(APPROVED, rejected))).body("active", equalTo(false))
                .body("version", equalTo(1));
        given().auth().oauth2(partner).contentType("application/json").header("If-Match", etag).body(change).put(one, id)
                .then().statusCode(412);
    }

    @Test
    void aPartnerRotatesItsOwnSecretAndNobodyElseCan() {
        String partner = TestTokens.partner("CIS-SUB3");
        String id = given().auth().oauth2(partner).contentType("application/json")
                .body(Map.of("url", "http://127.0.0.1:9999/hooks", "eventTypes", List.of(APPROVED)))
                .post("/api/v1/webhook-subscriptions").then().statusCode(201).extract().path("id");
        String rotation = "/api/v1/webhook-subscriptions/{id}/secret-rotation";
        given().auth().oauth2(partner).get("/api/v1/webhook-subscriptions/{id}", id).then().statusCode(200)
                .body("previousSecretSigningUntil", nullValue());

        // Refused, and nothing changed: a secret that is not one, another organization, no partner, no token.
        String notBase64 = "whsec_" + "A".repeat(33);
        given().auth().oauth2(partner).contentType("application/json").body(Map.of("secret", notBase64)).post(rotation, id)
                .then().statusCode(400).body("errors.field", hasItem("secret"));
        given().auth().oauth2(TestTokens.partner("CSTO-SUB3")).contentType("application/json").body(Map.of()).post(rotation, id)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.delegate("d")).contentType("application/json").body(Map.of()).post(rotation, id)
                .then().statusCode(403);
        given().contentType("application/json").body(Map.of()).post(rotation, id).then().statusCode(401);
        given().auth().oauth2(partner).contentType("application/json").body(Map.of()).post(rotation, UUID.randomUUID())
                .then().statusCode(404);
        given().auth().oauth2(partner).get("/api/v1/webhook-subscriptions/{id}", id).then().statusCode(200)
                .body("previousSecretSigningUntil", nullValue()).body("version", equalTo(0));

        // Without a secret of its own, one is generated and shown in this answer only; the old one signs for a day more.
        String until = given().auth().oauth2(partner).contentType("application/json").body(Map.of()).post(rotation, id)
                .then().statusCode(200).body("secret", matchesPattern("whsec_[A-Za-z0-9+/]{43}="))
                .extract().path("previousSecretSigningUntil");
        assertThat(Duration.between(Instant.now(), Instant.parse(until))).isBetween(Duration.ofHours(23), Duration.ofHours(24));
        given().auth().oauth2(partner).get("/api/v1/webhook-subscriptions/{id}", id).then().statusCode(200)
                .body("secret", nullValue()).body("previousSecretSigningUntil", equalTo(until));
        given().auth().oauth2(partner).get("/api/v1/audit/notification?resourceId={id}&action=update", id).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].changes.secret.to", equalTo("***"))
                .body("items[0].changes.previousSecret.to", equalTo("***"));
    }

    /** The secret is sealed at rest; secrets stored in clear before are sealed when the service starts. */
    @Test
    void secretsAreSealedAtRestAndOldClearOnesSealedAtStart() throws Exception {
        String partner = TestTokens.partner("CIS-SUB2");
        var created = given().auth().oauth2(partner).contentType("application/json")
                .body(Map.of("url", "http://127.0.0.1:9999/hooks", "eventTypes", List.of(APPROVED)))
                .post("/api/v1/webhook-subscriptions").then().statusCode(201).extract();
        String secret = created.path("secret");
        UUID id = UUID.fromString(created.path("id"));
        assertThat(stored(id)).satisfies(row -> {
            assertThat(row.clear()).isNull();
            assertThat(new String(row.sealed(), StandardCharsets.ISO_8859_1)).doesNotContain(secret.substring(6, 20));
        });
        // A replay by Idempotency-Key answers the same subscription, without the secret shown once.
        String key = UUID.randomUUID().toString();
        var body = Map.of("url", "http://127.0.0.1:9999/other", "eventTypes", List.of(APPROVED));
        String first = given().auth().oauth2(partner).header("Idempotency-Key", key).contentType("application/json").body(body)
                .post("/api/v1/webhook-subscriptions").then().statusCode(201).body("secret", notNullValue()).extract().path("id");
        given().auth().oauth2(partner).header("Idempotency-Key", key).contentType("application/json").body(body)
                .post("/api/v1/webhook-subscriptions").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first)).body("secret", nullValue());

        String legacy = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]);
        try (var connection = dataSource.getConnection(); var update = connection.prepareStatement(
                "UPDATE webhook_subscription SET clear_secret = ?, sealed_secret = NULL WHERE id = ?")) {
            update.setString(1, legacy);
            update.setObject(2, id);
            update.executeUpdate();
        }
        assertThat(legacySecrets.sealAll()).isEqualTo(1); // what runs at start
        assertThat(stored(id).clear()).isNull();
        assertThat(QuarkusTransaction.requiringNew().call(() -> WebhookSubscription.<WebhookSubscription>findById(id).secret))
                .isEqualTo(legacy);
    }

    private record Stored(String clear, byte[] sealed) {
    }

    private Stored stored(UUID id) throws Exception {
        try (var connection = dataSource.getConnection(); var query = connection.prepareStatement(
                "SELECT clear_secret, sealed_secret FROM webhook_subscription WHERE id = ?")) {
            query.setObject(1, id);
            var row = query.executeQuery();
            assertThat(row.next()).isTrue();
            return new Stored(row.getString(1), row.getBytes(2));
        }
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
