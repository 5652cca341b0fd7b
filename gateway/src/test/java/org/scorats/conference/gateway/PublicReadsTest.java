package org.scorats.conference.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.TestTokens;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * The published program as frontends read it through the gateway: kept while agenda-service's
 * Cache-Control allows, revalidated with its ETag after, open to any origin; the rest of the API
 * only to the allowlisted frontends.
 */
@QuarkusTest
class PublicReadsTest {

    @Test
    void aFrontendServerReadsTheProgramFarPastTheAnonymousLimitWithoutReachingTheService() {
        String program = "/api/v1/conferences/" + UUID.randomUUID() + "/program";
        long before = EchoBackends.PROGRAM_READS.get();
        given().get(program).then().statusCode(200).header(PublicReadCache.X_CACHE, "miss")
                .header("ETag", EchoBackends.PROGRAM_ETAG).body("uri", equalTo(program));
        // 100 reads from one address, five times the anonymous burst: all from the gateway's copy.
        for (int i = 0; i < 100; i++) {
            given().get(program).then().statusCode(200).header(PublicReadCache.X_CACHE, "hit")
                    .header("Cache-Control", containsString("max-age=60")).body("uri", equalTo(program));
        }
        given().header("If-None-Match", EchoBackends.PROGRAM_ETAG).get(program)
                .then().statusCode(304).header(PublicReadCache.X_CACHE, "hit");
        assertThat(EchoBackends.PROGRAM_READS.get() - before).isEqualTo(1);
        // Each language is its own copy: the answers vary by it.
        given().header("Accept-Language", "zh").get(program).then().statusCode(200).header(PublicReadCache.X_CACHE, "miss");
        assertThat(EchoBackends.PROGRAM_READS.get() - before).isEqualTo(2);
        // A release published through the gateway drops the conference's copies at once.
        given().auth().oauth2(TestTokens.organizer()).contentType("application/json").body("{}").post(program + "/releases")
                .then().statusCode(200);
        given().get(program).then().statusCode(200).header(PublicReadCache.X_CACHE, "miss");
        given().header("Accept", "text/calendar").get(program).then().statusCode(200).header(PublicReadCache.X_CACHE, "miss");
    }

    @Test
    void aStaleCopyIsRevalidatedWithItsETagAndAnsweredAgain() {
        String program = "/api/v1/conferences/" + UUID.randomUUID() + "/program/schedule.json?maxAge=1";
        given().get(program).then().statusCode(200).header(PublicReadCache.X_CACHE, "miss");
        // Once the copy's second is over, the next read asks the service about the copy's ETag.
        Response revalidated = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get(program), r -> "revalidated".equals(r.header(PublicReadCache.X_CACHE)));
        assertThat(revalidated.statusCode()).isEqualTo(200);
        assertThat(revalidated.jsonPath().getString("uri")).isEqualTo(program);
        assertThat(EchoBackends.LAST_IF_NONE_MATCH.get()).isEqualTo(EchoBackends.PROGRAM_ETAG);
    }

    @Test
    void readsWithATokenAndEverythingElseGoToTheServiceEveryTime() {
        String program = "/api/v1/conferences/" + UUID.randomUUID() + "/program";
        long before = EchoBackends.PROGRAM_READS.get();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(TestTokens.organizer()).get(program).then().statusCode(200)
                    .header(PublicReadCache.X_CACHE, nullValue());
        }
        assertThat(EchoBackends.PROGRAM_READS.get() - before).isEqualTo(3);
    }

    @Test
    void thePublishedProgramIsOpenToAnyOriginTheRestOnlyToTheAllowedFrontends() {
        String program = "/api/v1/conferences/" + UUID.randomUUID() + "/program";
        given().header("Origin", "https://any-frontend.example").get(program).then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*").header("Access-Control-Expose-Headers", containsString("ETag"));
        given().header("Origin", "https://any-frontend.example").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match,accept-language")
                .options(program).then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*").header("Access-Control-Allow-Methods", "GET, HEAD")
                .header("Access-Control-Allow-Headers", "if-none-match,accept-language");
        // Changing the program, or anything else, is for the allowlisted frontends only.
        given().header("Origin", "https://any-frontend.example").header("Access-Control-Request-Method", "POST")
                .options(program + "/releases").then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://any-frontend.example").auth().oauth2(TestTokens.organizer())
                .get("/api/v1/participants/1").then().statusCode(403)
                .contentType(startsWith("application/problem+json")).body("detail", containsString("https://any-frontend.example"));
        given().header("Origin", "http://localhost:3000").auth().oauth2(TestTokens.organizer())
                .get("/api/v1/participants/1").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000").header("Vary", containsString("Origin"));
        // A refusal carries the headers too, so the frontend can read why.
        given().header("Origin", "http://localhost:3000").get("/api/v1/participants/1").then().statusCode(401)
                .header("Access-Control-Allow-Origin", "http://localhost:3000");
    }
}
