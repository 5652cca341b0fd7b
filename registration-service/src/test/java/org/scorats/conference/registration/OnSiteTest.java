package org.scorats.conference.registration;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.TestTokens;
import org.scorats.conference.conventions.TopicReader;
import org.scorats.conference.door.BadgeKey;
import org.scorats.conference.door.DoorVerifier;
import org.scorats.conference.door.Ed25519;
import org.scorats.conference.door.Verdict;
import org.scorats.conference.events.Topics;
import org.scorats.conference.events.registration.ArrivalChange;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Badges, the doors and the arrival board, against the real database and broker. */
@QuarkusTest
class OnSiteTest {

    /** Day one, 09:41 in Tashkent. */
    private static final String MORNING = "2024-09-04T09:41:07+05:00";

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    @Inject
    AgroalDataSource dataSource;

    record World(String conference, String organization, String ivan, String zhang) {
    }

    private World approvedPair() {
        String conference = Fixtures.conference(100);
        String organization = Fixtures.organization("KZ", "member-state");
        Fixtures.delegation(conference, organization, 10);
        String ivan = Fixtures.register(TestTokens.organizer(), conference, Fixtures.russianDelegate(organization, Fixtures.email()))
                .then().statusCode(201).extract().path("id");
        String zhang = Fixtures.register(TestTokens.organizer(), conference, Fixtures.chineseDelegate(organization, Fixtures.email()))
                .then().statusCode(201).extract().path("id");
        Fixtures.transition(TestTokens.organizer(), ivan, "approve", null).then().statusCode(200);
        Fixtures.transition(TestTokens.organizer(), zhang, "approve", null).then().statusCode(200);
        return new World(conference, organization, ivan, zhang);
    }

    @Test
    void anApprovedParticipantsBadgePrintsInTheirScriptAndItsQrCodeVerifiesOfflineAgainstTheDoorList() {
        World w = approvedPair();
        JsonPath badge = given().auth().oauth2(TestTokens.partner(w.organization())).get("/api/v1/participants/{id}/badge", w.ivan())
                .then().statusCode(200).extract().jsonPath();
        String token = badge.getString("token");
        assertThat(badge.getString("printedCode")).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}");

        byte[] pdf = given().auth().oauth2(TestTokens.organizer()).get("/api/v1/participants/{id}/badge.pdf", w.ivan())
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        Printed printed = Printed.read(pdf);
        assertThat(printed.text()).contains("Иван Петров", "Ivan Petrov", "ДЕЛЕГАТ", badge.getString("printedCode"));
        assertThat(printed.qrCode()).isEqualTo(token);
        byte[] delegation = given().auth().oauth2(TestTokens.partner(w.organization()))
                .get("/api/v1/conferences/{c}/badges.pdf?organization={o}", w.conference(), w.organization())
                .then().statusCode(200).extract().asByteArray();
        Printed sheet = Printed.read(delegation);
        assertThat(sheet.pages()).isEqualTo(2);
        assertThat(sheet.text()).contains("张伟", "Wei Zhang", "发言人");

        DoorVerifier door = DoorVerifier.open(doorList(w.conference(), "2024-09-04").getString("signed"), keys(w.conference()));
        Verdict verdict = door.verify(token, Instant.parse("2024-09-04T04:41:07Z"));
        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.VALID);
        assertThat(verdict.person().name()).isEqualTo("Иван Петров");
        assertThat(door.verify(token, Instant.parse("2024-09-05T04:00:00Z")).outcome())
                .as("a door list is for its day").isEqualTo(Verdict.Outcome.NOT_VALID_TODAY);
    }

    @Test
    void aDelegationsBadgesPrintEveryMemberStatesAlphabetAndALatinNameWhereAScriptCannotBeSet() {
        String conference = Fixtures.conference(100);
        String organization = Fixtures.organization("KZ", "member-state");
        Fixtures.delegation(conference, organization, 10);
        // Kazakh and Azerbaijani letters beyond Russian and Latin; Persian, whose letters must be joined.
        for (String[] name : new String[][] {{"Нұрсұлтан", "Әбішев", "Nursultan", "Abishev"},
                {"Elnur", "Məmmədov", "Elnur", "Məmmədov"}, {"مهدی", "رضایی", "Mehdi", "Rezaei"}}) {
            String id = Fixtures.register(TestTokens.organizer(), conference, """
                    {"organizationCode": "%s", "givenName": "%s", "familyName": "%s", "givenNameLatin": "%s",
                     "familyNameLatin": "%s", "email": "%s", "language": "en", "role": "delegate",
                     "attendance": "in-person", "privacyConsent": true}
                    """.formatted(organization, name[0], name[1], name[2], name[3], Fixtures.email()))
                    .then().statusCode(201).extract().path("id");
            Fixtures.transition(TestTokens.organizer(), id, "approve", null).then().statusCode(200);
        }

        byte[] pdf = given().auth().oauth2(TestTokens.organizer())
                .get("/api/v1/conferences/{c}/badges.pdf?organization={o}", conference, organization)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        Printed sheet = Printed.read(pdf);
        assertThat(sheet.pages()).isEqualTo(3);
        assertThat(sheet.text()).contains("Нұрсұлтан Әбішев", "Nursultan Abishev", "Elnur Məmmədov", "Mehdi Rezaei")
                .doesNotContain("مهدی");
    }

    @Test
    void theDoorAdmitsOnceCountsANonceOnceLetsOutAndRefusesARevokedBadge() {
        World w = approvedPair();
        String token = badgeToken(w.ivan());
        Response first = scan(w.conference(), Map.of("token", token, "door", "main-entrance", "direction", "entry",
                "scannedAt", MORNING, "nonce", "gate1-1"));
        first.then().statusCode(200).body("outcome", equalTo("admitted")).body("person.name", equalTo("Иван Петров"))
                .body("person.status", equalTo("checked-in")).body("replayed", equalTo(false));
        scan(w.conference(), Map.of("token", token, "door", "main-entrance", "direction", "entry",
                "scannedAt", MORNING, "nonce", "gate1-1"))
                .then().statusCode(200).body("outcome", equalTo("admitted")).body("replayed", equalTo(true))
                .body("scanId", equalTo(first.path("scanId")));
        scan(w.conference(), Map.of("token", token, "door", "main-entrance", "direction", "entry",
                "scannedAt", "2024-09-04T09:42:00+05:00", "nonce", "gate1-2"))
                .then().statusCode(200).body("outcome", equalTo("already-inside"));
        scan(w.conference(), Map.of("code", badgeCode(w.ivan()).toLowerCase(), "door", "main-entrance", "direction", "exit",
                "scannedAt", "2024-09-04T13:00:00+05:00", "nonce", "gate1-3"))
                .then().statusCode(200).body("outcome", equalTo("exited"));

        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/participants/{id}/history", w.ivan())
                .then().body("to", hasItem("checked-in")).body("find { it.to == 'checked-in' }.actorRole", equalTo("door"));
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/participants/{id}/scans", w.ivan())
                .then().statusCode(200).body("outcome", equalTo(List.of("admitted", "already-inside", "exited")));
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/conferences/{c}/check-in/statistics", w.conference())
                .then().statusCode(200).body("days[0].day", equalTo("2024-09-04")).body("days[0].admitted", equalTo(1))
                .body("days[0].inside", equalTo(0)).body("days[0].doors[0].entries", equalTo(1))
                .body("days[0].doors[0].exits", equalTo(1));

        String zhangCode = given().auth().oauth2(TestTokens.organizer()).get("/api/v1/participants/{id}/badge", w.zhang())
                .then().extract().path("code");
        String zhangToken = badgeToken(w.zhang());
        Fixtures.transition(TestTokens.organizer(), w.zhang(), "withdraw", null).then().statusCode(200);
        scan(w.conference(), Map.of("code", zhangCode, "door", "main-entrance", "direction", "entry",
                "scannedAt", MORNING, "nonce", "gate1-4")).then().statusCode(200).body("outcome", equalTo("revoked"));
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/participants/{id}/badge", w.zhang())
                .then().statusCode(404).body("code", equalTo("no-badge"));
        assertThat(doorList(w.conference(), "2024-09-04").getList("content.revoked")).contains(zhangCode);
        DoorVerifier door = DoorVerifier.open(doorList(w.conference(), "2024-09-04").getString("signed"), keys(w.conference()));
        assertThat(door.verify(zhangToken, Instant.parse("2024-09-04T05:00:00Z")).outcome()).isEqualTo(Verdict.Outcome.REVOKED);
        scan(w.conference(), Map.of("code", "ZZZZ-ZZZZ-ZZ", "door", "main-entrance", "direction", "entry",
                "scannedAt", MORNING, "nonce", "gate1-5")).then().statusCode(200).body("outcome", equalTo("unknown"));
    }

    @Test
    void forgedTruncatedExpiredAndForeignBadgesAreProblemsAndRecordNothing() {
        World w = approvedPair();
        World other = approvedPair();
        String token = badgeToken(w.ivan());
        String[] parts = token.split("\\.");
        String payload = new String(Ed25519.decode(parts[1]), StandardCharsets.UTF_8).replace("Иван Петров", "Пётр Иванов");
        String forged = parts[0] + "." + Ed25519.base64url(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        record Bad(Object token, String scannedAt, int status, String code) {
        }
        for (Bad bad : List.of(new Bad(forged, MORNING, 422, "badge-forged"),
                new Bad(token.substring(0, token.length() - 20), MORNING, 400, "badge-unreadable"),
                new Bad(parts[0] + "." + parts[1], MORNING, 400, "validation-failed"),
                new Bad(token, "2024-09-06T09:00:00+05:00", 422, "badge-expired"),
                new Bad(badgeToken(other.ivan()), MORNING, 422, "badge-other-conference"))) {
            scan(w.conference(), Map.of("token", bad.token(), "door", "main-entrance", "direction", "entry",
                    "scannedAt", bad.scannedAt(), "nonce", "bad-" + UUID.randomUUID()))
                    .then().statusCode(bad.status()).contentType("application/problem+json").body("code", equalTo(bad.code()))
                    .body("detail", not(org.hamcrest.Matchers.containsString("Exception")));
        }
        given().auth().oauth2(TestTokens.delegate("someone")).contentType("application/json")
                .body(Map.of("token", token, "door", "main-entrance", "direction", "entry", "scannedAt", MORNING, "nonce", "x1"))
                .post("/api/v1/conferences/{c}/check-in/scans", w.conference()).then().statusCode(403);
        scan(w.conference(), Map.of("token", token, "code", "K7Q2", "door", "main-entrance", "direction", "entry",
                "scannedAt", MORNING, "nonce", "x2")).then().statusCode(400);
        scan(w.conference(), Map.of("token", token, "door", "Main Entrance\u0000", "direction", "entry",
                "scannedAt", MORNING, "nonce", "x3")).then().statusCode(400);
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/participants/{id}/scans", w.ivan())
                .then().statusCode(200).body("size()", equalTo(0));
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/participants/{id}", w.ivan())
                .then().body("status", equalTo("approved"));
    }

    @Test
    void anOfflineBatchMergesInTimeOrderCountsDuplicateNoncesOnceAndReportsTwoDoorsAtOnce() {
        World w = approvedPair();
        String ivan = badgeCode(w.ivan());
        String zhang = badgeToken(w.zhang());
        List<Map<String, Object>> scans = List.of(
                Map.of("code", ivan, "door", "side-entrance", "direction", "exit", "scannedAt", "2024-09-04T12:00:00+05:00", "nonce", "side-2"),
                Map.of("code", ivan, "door", "side-entrance", "direction", "entry", "scannedAt", "2024-09-04T09:00:00+05:00", "nonce", "side-1"),
                Map.of("code", ivan, "door", "side-entrance", "direction", "entry", "scannedAt", "2024-09-04T09:00:00+05:00", "nonce", "side-1"),
                Map.of("token", zhang, "door", "side-entrance", "direction", "entry", "scannedAt", "2024-09-04T09:10:00+05:00", "nonce", "side-3"),
                Map.of("token", zhang + "x", "door", "side-entrance", "direction", "entry", "scannedAt", "2024-09-04T09:20:00+05:00", "nonce", "side-4"));
        // Meanwhile the main entrance, online, let Zhang in two minutes before the side door did.
        scan(w.conference(), Map.of("token", zhang, "door", "main-entrance", "direction", "entry",
                "scannedAt", "2024-09-04T09:08:00+05:00", "nonce", "main-1")).then().body("outcome", equalTo("admitted"));

        JsonPath result = given().auth().oauth2(TestTokens.door()).contentType("application/json").body(Map.of("scans", scans))
                .post("/api/v1/conferences/{c}/check-in/scan-batches", w.conference())
                .then().statusCode(200).extract().jsonPath();
        assertThat(result.getList("results.nonce")).containsExactly("side-1", "side-1", "side-3", "side-4", "side-2");
        assertThat(List.of(0, 1, 2, 4)).extracting(i -> result.getString("results[" + i + "].result.outcome"))
                .containsExactly("admitted", "admitted", "already-inside", "exited");
        assertThat(List.of(0, 1, 2, 4)).extracting(i -> result.getBoolean("results[" + i + "].result.replayed"))
                .containsExactly(false, true, false, false);
        assertThat(result.getString("results[3].result")).isNull();
        assertThat(result.getString("results[3].refusal.code")).isEqualTo("badge-unreadable");
        assertThat(result.getList("conflicts.participantId")).containsExactly(w.zhang());
        assertThat(result.getList("conflicts[0].scans.door")).containsExactly("main-entrance", "side-entrance");

        given().auth().oauth2(TestTokens.door()).contentType("application/json").body(Map.of("scans", scans))
                .post("/api/v1/conferences/{c}/check-in/scan-batches", w.conference())
                .then().statusCode(200).body("results.findAll { it.result != null }.result.replayed", equalTo(List.of(true, true, true, true)));
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/participants/{id}/scans", w.ivan())
                .then().body("size()", equalTo(2)).body("offline", equalTo(List.of(true, true)));
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/conferences/{c}/check-in/statistics", w.conference())
                .then().body("days[0].admitted", equalTo(2)).body("days[0].inside", equalTo(1))
                .body("days[0].organizations[0].inside", equalTo(1));
        given().auth().oauth2(TestTokens.door()).contentType("application/json").body(Map.of("scans", List.of()))
                .post("/api/v1/conferences/{c}/check-in/scan-batches", w.conference()).then().statusCode(400);
    }

    @Test
    void aReissuedBadgeReplacesTheOldAndARotatedKeyKeepsPrintedBadgesValid() {
        World w = approvedPair();
        String oldToken = badgeToken(w.ivan());
        String oldCode = badgeCode(w.ivan());
        given().auth().oauth2(TestTokens.admin()).post("/api/v1/conferences/{c}/badge-keys", w.conference())
                .then().statusCode(201);
        String newToken = given().auth().oauth2(TestTokens.organizer()).post("/api/v1/participants/{id}/badge/reissue", w.ivan())
                .then().statusCode(200).body("code", not(equalTo(oldCode))).extract().path("token");
        assertThat(keys(w.conference())).hasSize(2);
        DoorVerifier door = DoorVerifier.open(doorList(w.conference(), "2024-09-04").getString("signed"), keys(w.conference()));
        Instant morning = Instant.parse("2024-09-04T04:00:00Z");
        assertThat(door.verify(newToken, morning).outcome()).isEqualTo(Verdict.Outcome.VALID);
        assertThat(door.verify(oldToken, morning).outcome()).isEqualTo(Verdict.Outcome.REVOKED);
        assertThat(door.verify(badgeToken(w.zhang()), morning).outcome())
                .as("signed with the retired key").isEqualTo(Verdict.Outcome.VALID);
        given().auth().oauth2(TestTokens.organizer()).post("/api/v1/conferences/{c}/badge-keys", w.conference())
                .then().statusCode(403);
    }

    @Test
    void aConferenceMovedToOtherDaysReissuesItsBadgesForTheNewDaysAndTheOldCardsAreRevoked() throws Exception {
        World w = approvedPair();
        String oldToken = badgeToken(w.ivan());
        String oldCode = badgeCode(w.ivan());
        String moved = Fixtures.conferenceJson(w.conference(), 100, "flag", Fixtures.OPEN, Fixtures.CLOSES)
                .replace("2024-09-04", "2024-09-11").replace("2024-09-05", "2024-09-12");
        given().auth().oauth2(TestTokens.organizer()).contentType("application/json").body(moved)
                .put("/api/v1/conferences/{id}", w.conference()).then().statusCode(200);

        String newCode = badgeCode(w.ivan());
        assertThat(newCode).isNotEqualTo(oldCode);
        DoorVerifier door = DoorVerifier.open(doorList(w.conference(), "2024-09-11").getString("signed"), keys(w.conference()));
        Instant newDay = Instant.parse("2024-09-11T04:00:00Z");
        assertThat(door.verify(badgeToken(w.ivan()), newDay).outcome()).isEqualTo(Verdict.Outcome.VALID);
        assertThat(door.verify(badgeToken(w.zhang()), newDay).outcome()).isEqualTo(Verdict.Outcome.VALID);
        assertThat(door.verify(oldToken, newDay).outcome()).isEqualTo(Verdict.Outcome.REVOKED);
        scan(w.conference(), Map.of("code", oldCode, "door", "main", "direction", "entry",
                "scannedAt", "2024-09-11T09:00:00+05:00", "nonce", "moved-old")).then().statusCode(200)
                .body("outcome", equalTo("revoked"));
        scan(w.conference(), Map.of("code", newCode, "door", "main", "direction", "entry",
                "scannedAt", "2024-09-11T09:01:00+05:00", "nonce", "moved-new")).then().statusCode(200)
                .body("outcome", equalTo("admitted"));

        try (TopicReader reader = new TopicReader(Topics.REGISTRATION)) {
            var records = reader.readKeyUntil(w.conference(), r -> type(r).endsWith("conference.rescheduled"), Duration.ofSeconds(30));
            assertThat(type(records.get(records.size() - 2))).endsWith("conference.updated");
            var event = json.readTree(records.get(records.size() - 1).value());
            assertThat(List.of(event.path("previousStartDate").asText(), event.path("startDate").asText(),
                    event.path("endDate").asText())).containsExactly("2024-09-04", "2024-09-11", "2024-09-12");
        }

        // An edit that keeps the days (the capacity) leaves the printed badges as they are, and moves nothing.
        given().auth().oauth2(TestTokens.organizer()).contentType("application/json").body(moved.replace("\"capacity\": 100", "\"capacity\": 120"))
                .put("/api/v1/conferences/{id}", w.conference()).then().statusCode(200).body("capacity", equalTo(120));
        assertThat(badgeCode(w.ivan())).isEqualTo(newCode);
    }

    /**
     * An approval while the conference moves: its badge must not be issued for the old days after the
     * move has reissued the others. The test holds the conference's days itself, so that the move
     * and then the approval queue behind it in that order, and lets them go.
     */
    @Test
    void anApprovalWaitingForAMoveOfTheConferenceIssuesItsBadgeForTheNewDays() throws Exception {
        World w = approvedPair();
        String anna = Fixtures.register(TestTokens.organizer(), w.conference(), Fixtures.russianDelegate(w.organization(),
                Fixtures.email())).then().statusCode(201).extract().path("id");
        String moved = Fixtures.conferenceJson(w.conference(), 100, "flag", Fixtures.OPEN, Fixtures.CLOSES)
                .replace("2024-09-04", "2024-09-11").replace("2024-09-05", "2024-09-12");
        CompletableFuture<Integer> move;
        CompletableFuture<Integer> approval;
        try (Connection held = dataSource.getConnection()) {
            held.setAutoCommit(false);
            try (PreparedStatement lock = held.prepareStatement("SELECT pg_advisory_xact_lock(hashtext('conference-days:' || ?))")) {
                lock.setString(1, w.conference());
                lock.executeQuery().close();
            }
            move = CompletableFuture.supplyAsync(() -> given().auth().oauth2(TestTokens.organizer())
                    .contentType("application/json").body(moved).put("/api/v1/conferences/{id}", w.conference()).statusCode());
            await().atMost(Duration.ofSeconds(30)).until(() -> waitingForTheDaysOf(w.conference()) == 1);
            approval = CompletableFuture.supplyAsync(() -> Fixtures.transition(TestTokens.organizer(), anna, "approve", null)
                    .statusCode());
            await().atMost(Duration.ofSeconds(30)).until(() -> waitingForTheDaysOf(w.conference()) == 2);
            held.rollback();
        }
        assertThat(move.get()).isEqualTo(200);
        assertThat(approval.get()).isEqualTo(200);

        DoorVerifier door = DoorVerifier.open(doorList(w.conference(), "2024-09-11").getString("signed"), keys(w.conference()));
        Instant newDay = Instant.parse("2024-09-11T04:00:00Z");
        for (String id : List.of(w.ivan(), anna)) {
            assertThat(door.verify(badgeToken(id), newDay).outcome()).as(id).isEqualTo(Verdict.Outcome.VALID);
        }
    }

    /** Transactions waiting for the conference's days (an advisory lock's key is its low 32 bits in objid). */
    private int waitingForTheDaysOf(String conference) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement("SELECT count(*) FROM pg_locks "
                + "WHERE locktype = 'advisory' AND NOT granted AND objid::bigint = (hashtext('conference-days:' || ?)::bigint & 4294967295)")) {
            q.setString(1, conference);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    @Test
    void theArrivalBoardListsWhoComesWhenAndTellsTheDeskOfChangesAfterApproval() throws Exception {
        World w = approvedPair();
        String other = Fixtures.organization("UZ", "member-state");
        Fixtures.delegation(w.conference(), other, 10);
        String late = Fixtures.register(TestTokens.organizer(), w.conference(), Fixtures.russianDelegate(other, Fixtures.email())
                .replace("2024-09-03T18:40:00+05:00", "2024-09-04T07:30:00+05:00").replace("HY 602", "HY 054"))
                .then().statusCode(201).body("lateArrival", equalTo(true)).extract().path("id");
        String noDetails = Fixtures.register(TestTokens.organizer(), w.conference(), Fixtures.russianDelegate(other, Fixtures.email())
                .replaceAll("\"arrival\": \\{[^}]*},", ""))
                .then().statusCode(201).extract().path("id");

        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/conferences/{c}/arrivals", w.conference())
                .then().statusCode(200)
                .body("arrivals.participantId", equalTo(List.of(w.ivan(), late)))
                .body("arrivals.late", equalTo(List.of(false, true)))
                .body("arrivals[0].reference", equalTo("HY 602"))
                .body("missing.participantId", equalTo(List.of(noDetails)))
                .body("hours.arriving", equalTo(List.of(1, 1)));
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/conferences/{c}/arrivals?late=true", w.conference())
                .then().body("arrivals.participantId", equalTo(List.of(late)));
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/conferences/{c}/arrivals?day=2024-09-03&transport=flight", w.conference())
                .then().body("arrivals.participantId", equalTo(List.of(w.ivan())));
        given().auth().oauth2(TestTokens.partner(w.organization())).get("/api/v1/conferences/{c}/arrivals", w.conference())
                .then().statusCode(200).body("arrivals.organization", equalTo(List.of(w.organization())))
                .body("missing.size()", equalTo(0));
        given().auth().oauth2(TestTokens.partner(w.organization()))
                .get("/api/v1/conferences/{c}/arrivals?organization={o}", w.conference(), other).then().statusCode(403);
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/conferences/{c}/arrivals?late=maybe", w.conference())
                .then().statusCode(400).body("errors[0].field", equalTo("late"));
        String csv = given().auth().oauth2(TestTokens.organizer()).accept("text/csv")
                .get("/api/v1/conferences/{c}/arrivals/export", w.conference()).then().statusCode(200).extract().asString();
        assertThat(csv.lines().toList()).hasSize(4);
        assertThat(csv).contains("2024-09-03 18:40,flight,HY 602,false").contains("Петров");

        String changed = Fixtures.russianDelegate(w.organization(), "x@example.org").replace("HY 602", "HY 604")
                .replace("18:40", "21:15");
        String email = given().auth().oauth2(TestTokens.organizer()).get("/api/v1/participants/{id}", w.ivan()).path("email");
        String etag = given().auth().oauth2(TestTokens.organizer()).get("/api/v1/participants/{id}", w.ivan()).header("ETag");
        given().auth().oauth2(TestTokens.partner(w.organization())).contentType("application/json").header("If-Match", etag)
                .body(changed.replace("x@example.org", email)).put("/api/v1/participants/{id}", w.ivan()).then().statusCode(200);
        try (TopicReader reader = new TopicReader(Topics.REGISTRATION)) {
            List<ConsumerRecord<String, String>> records = reader.readKeyUntil(w.ivan(),
                    r -> type(r).endsWith("arrival-changed"), Duration.ofSeconds(30));
            String event = records.get(records.size() - 1).value();
            assertThat(event).as("times with the conference's offset").contains("\"2024-09-03T21:15:00+05:00\"");
            ArrivalChange change = json.readValue(event, ArrivalChange.class);
            assertThat(change.before().reference()).isEqualTo("HY 602");
            assertThat(change.after().reference()).isEqualTo("HY 604");
            assertThat(change.after().at().toInstant()).isEqualTo(Instant.parse("2024-09-03T16:15:00Z"));
            assertThat(change.familyNameLatin()).isEqualTo("Petrov");
        }
    }

    private static String type(ConsumerRecord<String, String> record) {
        return new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8);
    }

    private static Response scan(String conference, Map<String, ?> body) {
        return given().auth().oauth2(TestTokens.door()).contentType("application/json").body(body)
                .post("/api/v1/conferences/{c}/check-in/scans", conference);
    }

    private static String badgeToken(String participant) {
        return given().auth().oauth2(TestTokens.organizer()).get("/api/v1/participants/{id}/badge", participant)
                .then().statusCode(200).extract().path("token");
    }

    private static String badgeCode(String participant) {
        return given().auth().oauth2(TestTokens.organizer()).get("/api/v1/participants/{id}/badge", participant)
                .then().statusCode(200).extract().path("printedCode");
    }

    private static JsonPath doorList(String conference, String day) {
        return given().auth().oauth2(TestTokens.door()).get("/api/v1/conferences/{c}/door-list?day={d}", conference, day)
                .then().statusCode(200).extract().jsonPath();
    }

    private List<BadgeKey> keys(String conference) throws RuntimeException {
        String jwks = given().get("/api/v1/conferences/{c}/badge-keys", conference).then().statusCode(200).extract().asString();
        try {
            return Arrays.asList(json.treeToValue(json.readTree(jwks).path("keys"), BadgeKey[].class));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
