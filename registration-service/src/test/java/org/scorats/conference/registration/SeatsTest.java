package org.scorats.conference.registration;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.TestTokens;

import java.util.ArrayList;
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

    /**
     * Fifty registrations race for ten seats, bound by the delegation's quota in one round and by
     * the conference's capacity (shared by two delegations) in the next: every round seats exactly
     * ten, waitlists forty, and the counters equal the recount.
     */
    @RepeatedTest(6)
    void fiftyRacingRegistrationsForTenSeatsSeatExactlyTen(RepetitionInfo round) throws Exception {
        boolean byCapacity = round.getCurrentRepetition() % 2 == 0;
        String conference = Fixtures.conference(byCapacity ? 10 : 100);
        String first = Fixtures.organization("RC", "member-state");
        String second = Fixtures.organization("RD", "member-state");
        Fixtures.delegation(conference, first, byCapacity ? 30 : 10);
        Fixtures.delegation(conference, second, 30);
        List<String> organizations = byCapacity ? List.of(first, second) : List.of(first);

        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<String> statuses = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<String>> racing = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String organization = organizations.get(i % organizations.size());
                racing.add(CompletableFuture.supplyAsync(() -> register(start, conference, organization), pool));
            }
            start.countDown();
            for (CompletableFuture<String> registration : racing) {
                statuses.add(registration.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(statuses).filteredOn("submitted"::equals).hasSize(10);
        assertThat(statuses).filteredOn("waitlisted"::equals).hasSize(40);
        seatCheck(conference).body("consistent", equalTo(true)).body("conference.counter", equalTo(10))
                .body("conference.recounted", equalTo(10));
    }

    @Test
    void everyWayOutOfASeatGivesItBackAndTheCountersKeepToTheRecount() {
        String conference = Fixtures.conference(100);
        String organization = Fixtures.organization("RE", "member-state");
        Fixtures.delegation(conference, organization, 6);
        List<String> seated = registerSeated(conference, organization, 6);
        String waiting = registerOne(conference, organization, "waitlisted");
        seatCheck(conference).body("conference.counter", equalTo(6)).body("delegations[0].counter", equalTo(6));

        Fixtures.transition(TestTokens.organizer(), seated.get(0), "withdraw", null).then().statusCode(200);
        Fixtures.transition(TestTokens.organizer(), seated.get(1), "reject", "Not eligible").then().statusCode(200);
        Fixtures.transition(TestTokens.organizer(), seated.get(2), "waitlist", null).then().statusCode(200);
        given().auth().oauth2(TestTokens.organizer()).header("If-Match", "\"0\"")
                .delete("/api/v1/participants/{id}", seated.get(3)).then().statusCode(204);
        Fixtures.transition(TestTokens.organizer(), seated.get(4), "approve", null).then().statusCode(200);
        Fixtures.transition(TestTokens.organizer(), seated.get(4), "check-in", null).then().statusCode(200);
        seatCheck(conference).body("consistent", equalTo(true)).body("conference.counter", equalTo(2))
                .body("delegations[0].organizationCode", equalTo(organization)).body("delegations[0].counter", equalTo(2));

        Fixtures.transition(TestTokens.organizer(), waiting, "approve", null).then().statusCode(200);
        seatCheck(conference).body("consistent", equalTo(true)).body("conference.counter", equalTo(3));
    }

    @Test
    void aCapacityLoweredUnderTheSeatsHeldKeepsThemAndSeatsNoOneUntilTheyFallBelowIt() {
        String conference = Fixtures.conference(5);
        String organization = Fixtures.organization("RF", "member-state");
        Fixtures.delegation(conference, organization, 30);
        List<String> seated = registerSeated(conference, organization, 5);

        changeCapacity(conference, 3, 0);
        seatCheck(conference).body("consistent", equalTo(true)).body("conference.counter", equalTo(5));
        registerOne(conference, organization, "waitlisted");
        Fixtures.transition(TestTokens.organizer(), seated.get(0), "withdraw", null).then().statusCode(200);
        Fixtures.transition(TestTokens.organizer(), seated.get(1), "withdraw", null).then().statusCode(200);
        registerOne(conference, organization, "waitlisted");
        Fixtures.transition(TestTokens.organizer(), seated.get(2), "withdraw", null).then().statusCode(200);
        registerOne(conference, organization, "submitted");
        seatCheck(conference).body("consistent", equalTo(true)).body("conference.counter", equalTo(3));

        changeCapacity(conference, 10, 1);
        for (int i = 0; i < 7; i++) {
            registerOne(conference, organization, "submitted");
        }
        registerOne(conference, organization, "waitlisted");
        seatCheck(conference).body("consistent", equalTo(true)).body("conference.counter", equalTo(10));
    }

    /**
     * Withdrawals and registrations at once on a full conference: every request succeeds (no
     * deadlock between seats given back and seats taken), no more seats are held than the
     * capacity, and the counters equal the recount.
     */
    @RepeatedTest(3)
    void seatsGivenBackAndTakenAtOnceKeepTheCountersTrue() throws Exception {
        String conference = Fixtures.conference(20);
        String organization = Fixtures.organization("RG", "member-state");
        Fixtures.delegation(conference, organization, 100);
        List<String> seated = registerSeated(conference, organization, 20);

        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<CompletableFuture<String>> registrations = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<?>> withdrawals = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                registrations.add(CompletableFuture.supplyAsync(() -> register(start, conference, organization), pool));
                if (i % 2 == 0) {
                    String holder = seated.get(i / 2);
                    withdrawals.add(CompletableFuture.runAsync(() -> {
                        await(start);
                        Fixtures.transition(TestTokens.organizer(), holder, "withdraw", null).then().statusCode(200);
                    }, pool));
                }
            }
            start.countDown();
            CompletableFuture.allOf(withdrawals.toArray(CompletableFuture[]::new)).get();
        } finally {
            pool.shutdown();
        }

        // Which registrations found a seat depends on the order of the commits; how many hold one does not.
        long newlySeated = 0;
        for (CompletableFuture<String> registration : registrations) {
            newlySeated += "submitted".equals(registration.get()) ? 1 : 0;
        }
        assertThat(newlySeated).isBetween(0L, 20L);
        seatCheck(conference).body("consistent", equalTo(true)).body("conference.counter", equalTo((int) newlySeated));
    }

    @Test
    void onlyOrganizersAndAdminsCheckTheSeats() {
        String conference = Fixtures.conference(10);
        given().get("/api/v1/conferences/{id}/seat-check", conference).then().statusCode(401);
        given().auth().oauth2(TestTokens.partner("UZ")).get("/api/v1/conferences/{id}/seat-check", conference)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.delegate("delegate-" + conference)).get("/api/v1/conferences/{id}/seat-check", conference)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/conferences/{id}/seat-check", conference)
                .then().statusCode(200).body("consistent", equalTo(true)).body("conference.counter", equalTo(0));
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/conferences/{id}/seat-check", "no-such-conference")
                .then().statusCode(404);
    }

    private static ValidatableResponse seatCheck(String conference) {
        return given().auth().oauth2(TestTokens.organizer()).get("/api/v1/conferences/{id}/seat-check", conference)
                .then().statusCode(200);
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

    private static List<String> registerSeated(String conference, String organization, int count) {
        List<String> seated = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            seated.add(registerOne(conference, organization, "submitted"));
        }
        return seated;
    }

    private static String registerOne(String conference, String organization, String expectedStatus) {
        return Fixtures.register(TestTokens.organizer(), conference, Fixtures.russianDelegate(organization, Fixtures.email()))
                .then().statusCode(201).body("status", equalTo(expectedStatus)).extract().path("id");
    }

    private static void changeCapacity(String conference, int capacity, long version) {
        given().auth().oauth2(TestTokens.organizer()).contentType("application/json").header("If-Match", "\"" + version + "\"")
                .body(Fixtures.conferenceJson(conference, capacity, "flag", Fixtures.OPEN, Fixtures.CLOSES))
                .put("/api/v1/conferences/{id}", conference).then().statusCode(200).body("capacity", equalTo(capacity));
    }

    private static void await(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String register(CountDownLatch start, String conference, String organization) {
        await(start);
        return Fixtures.register(TestTokens.organizer(), conference, Fixtures.russianDelegate(organization, Fixtures.email()))
                .then().statusCode(201).extract().path("status");
    }
}
