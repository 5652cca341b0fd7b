package org.scorats.conference.registration;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.TestTokens;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class SeatsTest {

    @RepeatedTest(3)
    void twoParallelRegistrationsForTheLastSeatOfADelegationGiveItToOne() throws Exception {
        String conference = Fixtures.conference(100);
        String organization = Fixtures.organization("TJ", "member-state");
        Fixtures.delegation(conference, organization, 1);

        assertThat(registerAtOnce(conference, organization, organization)).containsExactlyInAnyOrder("submitted", "waitlisted");
    }

    @Test
    void theConferenceCapacityHoldsAcrossDelegations() throws Exception {
        String conference = Fixtures.conference(1);
        String first = Fixtures.organization("IN", "member-state");
        String second = Fixtures.organization("PK", "member-state");
        Fixtures.delegation(conference, first, 5);
        Fixtures.delegation(conference, second, 5);

        assertThat(registerAtOnce(conference, first, second)).containsExactlyInAnyOrder("submitted", "waitlisted");
    }

    @Test
    void aWaitlistedParticipantMovesUpOnlyWhenASeatIsFree() {
        String conference = Fixtures.conference(100);
        String organization = Fixtures.organization("KG", "member-state");
        Fixtures.delegation(conference, organization, 1);
        String holder = Fixtures.register(TestTokens.organizer(), conference, Fixtures.russianDelegate(organization, Fixtures.email()))
                .then().body("status", equalTo("submitted")).extract().path("id");
        String waiting = Fixtures.register(TestTokens.organizer(), conference, Fixtures.chineseDelegate(organization, Fixtures.email()))
                .then().body("status", equalTo("waitlisted")).extract().path("id");

        Fixtures.transition(TestTokens.organizer(), waiting, "approve", null)
                .then().statusCode(409).body("code", equalTo("no-seat-available"));
        Fixtures.transition(TestTokens.organizer(), holder, "withdraw", null).then().statusCode(200);
        Fixtures.transition(TestTokens.organizer(), waiting, "approve", null)
                .then().statusCode(200).body("status", equalTo("approved"));
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/participants/{id}/history", waiting)
                .then().body("from", equalTo(java.util.Arrays.asList(null, "waitlisted")));
    }

    /** Two organizers press "register" at the same moment; the database decides who was first. */
    private static List<String> registerAtOnce(String conference, String firstOrganization, String secondOrganization)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            var first = CompletableFuture.supplyAsync(() -> register(start, conference, firstOrganization), pool);
            var second = CompletableFuture.supplyAsync(() -> register(start, conference, secondOrganization), pool);
            start.countDown();
            return List.of(first.get(), second.get());
        } finally {
            pool.shutdown();
        }
    }

    private static String register(CountDownLatch start, String conference, String organization) {
        try {
            start.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return Fixtures.register(TestTokens.organizer(), conference, Fixtures.russianDelegate(organization, Fixtures.email()))
                .then().statusCode(201).extract().path("status");
    }
}
