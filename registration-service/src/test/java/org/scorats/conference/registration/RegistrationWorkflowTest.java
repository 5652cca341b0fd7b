package org.scorats.conference.registration;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.TestTokens;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class RegistrationWorkflowTest {

    @Inject
    AgroalDataSource dataSource;

    String conference;
    String organization;
    String delegation;
    String invitation;

    @BeforeEach
    void conferenceWithADelegation() {
        conference = Fixtures.conference(100);
        organization = Fixtures.organization("RU", "member-state");
        delegation = Fixtures.delegation(conference, organization, 20);
        invitation = Fixtures.invitation(delegation);
    }

    /** The delegate {@code subject} registers themself into the test's delegation with its invitation code. */
    private io.restassured.response.Response registerSelf(String subject, String body) {
        return Fixtures.register(TestTokens.delegate(subject), conference, Fixtures.asSelf(body, subject, invitation));
    }

    @Test
    void aDelegateRegistersThemselfAndOrganizersTakeTheRegistrationThroughTheWorkflow() {
        String delegateSubject = "delegate-" + UUID.randomUUID();
        String delegate = TestTokens.delegate(delegateSubject);
        String id = registerSelf(delegateSubject, Fixtures.russianDelegate(organization, Fixtures.email()))
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("submitted"))
                .body("familyName", equalTo("Петров"))
                .body("arrival.at", equalTo("2024-09-03T18:40:00+05:00"))
                .body("passportNumber", nullValue())
                .extract().path("id");

        given().auth().oauth2(delegate).get("/api/v1/conferences/{c}/participants/me", conference)
                .then().statusCode(200).body("id", equalTo(id));

        Fixtures.transition(TestTokens.organizer(), id, "approve", null).then().statusCode(200).body("status", equalTo("approved"));
        Fixtures.transition(TestTokens.organizer(), id, "check-in", null).then().statusCode(200).body("status", equalTo("checked-in"));

        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/participants/{id}/history", id)
                .then().statusCode(200)
                .body("to", equalTo(List.of("submitted", "approved", "checked-in")))
                .body("from", equalTo(java.util.Arrays.asList(null, "submitted", "approved")))
                .body("actorRole", equalTo(List.of("delegate", "organizer", "organizer")));
    }

    @Test
    void aWriteAnswersTheTimesEveryLaterReadAnswers() {
        // PostgreSQL keeps microseconds; a write that answered the clock's nanoseconds disagreed with every read after it.
        var created = Fixtures.register(TestTokens.organizer(), conference, Fixtures.russianDelegate(organization, Fixtures.email()))
                .then().statusCode(201).extract();
        String id = created.path("id");
        var approved = Fixtures.transition(TestTokens.organizer(), id, "approve", null).then().statusCode(200).extract();
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/participants/{id}", id)
                .then().statusCode(200)
                .body("createdAt", equalTo(created.path("createdAt")))
                .body("updatedAt", equalTo(approved.path("updatedAt")));
    }

    @Test
    void everyTransitionOutsideTheWorkflowIsRefusedAndChangesNothing() {
        Map<String, String> inStatus = new LinkedHashMap<>();
        inStatus.put("submitted", registered());
        inStatus.put("approved", moved(registered(), "approve"));
        inStatus.put("rejected", moved(registered(), "reject"));
        inStatus.put("waitlisted", moved(registered(), "waitlist"));
        inStatus.put("withdrawn", moved(registered(), "withdraw"));
        inStatus.put("checked-in", moved(moved(registered(), "approve"), "check-in"));
        Map<String, List<String>> allowedFrom = Map.of(
                "approve", List.of("submitted", "waitlisted"),
                "reject", List.of("submitted", "waitlisted", "approved"),
                "waitlist", List.of("submitted"),
                "withdraw", List.of("submitted", "waitlisted", "approved"),
                "check-in", List.of("approved"));

        int refused = 0;
        for (var participant : inStatus.entrySet()) {
            for (var action : allowedFrom.entrySet()) {
                if (!action.getValue().contains(participant.getKey())) {
                    Fixtures.transition(TestTokens.organizer(), participant.getValue(), action.getKey(), "because")
                            .then().statusCode(409).contentType("application/problem+json")
                            .body("code", equalTo("transition-not-allowed"))
                            .body("detail", containsString(participant.getKey()));
                    refused++;
                }
            }
            given().auth().oauth2(TestTokens.organizer()).get("/api/v1/participants/{id}", participant.getValue())
                    .then().body("status", equalTo(participant.getKey()));
        }
        assertThat(refused).as("30 pairs, 10 of them allowed").isEqualTo(20);
    }

    @Test
    void aRejectionNeedsAReasonWhichTheParticipantSees() {
        String delegateSubject = "delegate-" + UUID.randomUUID();
        String delegate = TestTokens.delegate(delegateSubject);
        String id = registerSelf(delegateSubject, Fixtures.russianDelegate(organization, Fixtures.email()))
                .then().extract().path("id");
        Fixtures.transition(TestTokens.organizer(), id, "reject", null)
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        Fixtures.transition(TestTokens.organizer(), id, "reject", "The delegation list closed on 20 August").then().statusCode(200);
        given().auth().oauth2(delegate).get("/api/v1/participants/{id}", id)
                .then().body("status", equalTo("rejected")).body("statusReason", equalTo("The delegation list closed on 20 August"));
    }

    @Test
    void eachRoleIsRefusedWhatItMayNotDo() {
        String ownerSubject = "owner-" + UUID.randomUUID();
        String owner = TestTokens.delegate(ownerSubject);
        String stranger = TestTokens.delegate("stranger-" + UUID.randomUUID());
        String otherPartner = TestTokens.partner("OTHER-ORG");
        String id = registerSelf(ownerSubject, Fixtures.russianDelegate(organization, Fixtures.email()))
                .then().statusCode(201).extract().path("id");

        given().get("/api/v1/participants/{id}", id).then().statusCode(401);
        given().auth().oauth2(TestTokens.noRole("nobody")).get("/api/v1/participants/{id}", id).then().statusCode(403);
        given().auth().oauth2(stranger).get("/api/v1/participants/{id}", id).then().statusCode(404);
        given().auth().oauth2(otherPartner).get("/api/v1/participants/{id}", id).then().statusCode(404);
        given().auth().oauth2(otherPartner).contentType("application/json")
                .body(Fixtures.russianDelegate(organization, Fixtures.email())).put("/api/v1/participants/{id}", id)
                .then().statusCode(404);
        Fixtures.transition(otherPartner, id, "withdraw", null).then().statusCode(404);
        Fixtures.transition(owner, id, "approve", null).then().statusCode(403).body("code", equalTo("forbidden"));
        Fixtures.transition(TestTokens.partner(organization), id, "approve", null).then().statusCode(403);
        Fixtures.transition(stranger, id, "approve", null).then().statusCode(404);
        given().auth().oauth2(owner).get("/api/v1/participants/{id}/history", id).then().statusCode(403);
        given().auth().oauth2(owner).delete("/api/v1/participants/{id}", id).then().statusCode(403);
        given().auth().oauth2(TestTokens.partner(organization)).get("/api/v1/conferences/{c}/participants/export", conference)
                .then().statusCode(403);
        given().auth().oauth2(stranger).get("/api/v1/conferences/{c}/participants", conference).then().statusCode(403);
        Fixtures.register(otherPartner, conference, Fixtures.russianDelegate(organization, Fixtures.email()))
                .then().statusCode(403);

        // what the owner may do: see, change and withdraw their own registration
        given().auth().oauth2(owner).get("/api/v1/participants/{id}", id).then().statusCode(200);
        Fixtures.transition(owner, id, "withdraw", null).then().statusCode(200).body("status", equalTo("withdrawn"));
        given().auth().oauth2(owner).contentType("application/json")
                .body(Fixtures.russianDelegate(organization, TestTokens.emailOf(ownerSubject))).put("/api/v1/participants/{id}", id)
                .then().statusCode(409).body("code", equalTo("registration-withdrawn"));
    }

    /** An approved seat never passes to another person unseen, and roles are the organizers' to give. */
    @Test
    void changingWhoAnApprovedRegistrationIsForSendsItBackToReview() {
        String ownerSubject = "owner-" + UUID.randomUUID();
        String owner = TestTokens.delegate(ownerSubject);
        String body = Fixtures.russianDelegate(organization, TestTokens.emailOf(ownerSubject));
        String id = registerSelf(ownerSubject, body).then().statusCode(201).extract().path("id");
        Fixtures.transition(TestTokens.organizer(), id, "approve", null).then().statusCode(200);

        put(owner, id, body.replace("+7 495 000 00 00", "+7 495 111 22 33")).then().statusCode(200).body("status", equalTo("approved"));
        String someoneElse = body.replace("\"Иван\"", "\"Пётр\"").replace("\"Ivan\"", "\"Pyotr\"");
        put(owner, id, someoneElse).then().statusCode(200).body("status", equalTo("submitted"));
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/participants/{id}/history", id)
                .then().body("to", equalTo(List.of("submitted", "approved", "submitted")))
                .body("reason[2]", equalTo("Changed after approval: givenName, givenNameLatin"));

        // Organizers correct a name without a new review.
        Fixtures.transition(TestTokens.organizer(), id, "approve", null).then().statusCode(200);
        put(TestTokens.organizer(), id, body).then().statusCode(200).body("status", equalTo("approved"));

        put(owner, id, body.replace("\"delegate\"", "\"high-level-guest\"")).then().statusCode(403)
                .body("code", equalTo("role-reserved")).body("errors[0].field", equalTo("role"));
        registerSelf("self-" + UUID.randomUUID(), Fixtures.russianDelegate(organization, Fixtures.email()).replace("\"delegate\"", "\"staff\""))
                .then().statusCode(403).body("code", equalTo("role-reserved"));
        put(TestTokens.organizer(), id, body.replace("\"delegate\"", "\"speaker\"")).then().statusCode(200).body("role", equalTo("speaker"));
        put(owner, id, body.replace("\"delegate\"", "\"speaker\"").replace("+7 495 000 00 00", "+7 495 222 33 44"))
                .then().statusCode(200).body("role", equalTo("speaker")).body("status", equalTo("approved"));
        put(owner, id, body).then().statusCode(403).body("code", equalTo("role-reserved"));
    }

    private static io.restassured.response.Response put(String token, String id, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).put("/api/v1/participants/{id}", id);
    }

    /** A replayed create answers as the first did, yet nothing of the answer, a passport number least of all, is kept. */
    @Test
    void anIdempotentCreateIsReplayedWithoutKeepingItsAnswer() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = Fixtures.russianDelegate(organization, Fixtures.email());
        var first = given().auth().oauth2(TestTokens.organizer()).header("Idempotency-Key", key).contentType("application/json")
                .body(body).post("/api/v1/conferences/{c}/participants", conference).then().statusCode(201).extract();
        given().auth().oauth2(TestTokens.organizer()).header("Idempotency-Key", key).contentType("application/json")
                .body(body).post("/api/v1/conferences/{c}/participants", conference)
                .then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", equalTo(first.header("Location"))).header("ETag", equalTo(first.header("ETag")))
                .body("id", equalTo(first.path("id"))).body("passportNumber", equalTo("75 1234567"));

        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("SELECT row_to_json(k)::text FROM idempotency_key k WHERE key = ?")) {
            query.setString(1, key);
            var rows = query.executeQuery();
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).doesNotContain("75 1234567").doesNotContain("Петров").contains("\"status\":201");
        }
    }

    /** Who is never shown the passport data cannot erase it by writing back what they were shown. */
    @Test
    void aWriteWithoutThePassportDataKeepsItUnlessAnOrganizerWritesIt() {
        String ownerSubject = "owner-" + UUID.randomUUID();
        String owner = TestTokens.delegate(ownerSubject);
        String email = TestTokens.emailOf(ownerSubject);
        String id = registerSelf(ownerSubject, Fixtures.russianDelegate(organization, email))
                .then().statusCode(201).extract().path("id");
        String asShown = Fixtures.russianDelegate(organization, email)
                .replace(",\n \"passportNumber\": \"75 1234567\", \"dateOfBirth\": \"1980-04-12\"", "")
                .replace("\"Иван\"", "\"Иван Сергеевич\"");
        assertThat(asShown).doesNotContain("passportNumber");

        for (String writer : List.of(owner, TestTokens.partner(organization))) {
            given().auth().oauth2(writer).contentType("application/json").body(asShown).put("/api/v1/participants/{id}", id)
                    .then().statusCode(200);
        }
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/participants/{id}", id)
                .then().body("givenName", equalTo("Иван Сергеевич"))
                .body("passportNumber", equalTo("75 1234567")).body("dateOfBirth", equalTo("1980-04-12"));

        given().auth().oauth2(TestTokens.organizer()).contentType("application/json").body(asShown)
                .put("/api/v1/participants/{id}", id).then().statusCode(200);
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/participants/{id}", id)
                .then().body("passportNumber", nullValue()).body("dateOfBirth", nullValue());
    }

    @Test
    void passportDataIsSealedAtRestAndShownToOrganizersOnly() throws Exception {
        String ownerSubject = "owner-" + UUID.randomUUID();
        String owner = TestTokens.delegate(ownerSubject);
        String id = registerSelf(ownerSubject, Fixtures.russianDelegate(organization, Fixtures.email()))
                .then().statusCode(201).extract().path("id");

        given().auth().oauth2(owner).get("/api/v1/participants/{id}", id)
                .then().body("passportNumber", nullValue()).body("dateOfBirth", nullValue());
        given().auth().oauth2(TestTokens.partner(organization)).get("/api/v1/participants/{id}", id)
                .then().body("passportNumber", nullValue());
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/participants/{id}", id)
                .then().body("passportNumber", equalTo("75 1234567")).body("dateOfBirth", equalTo("1980-04-12"));

        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("SELECT passport_number, date_of_birth FROM participant WHERE id = ?")) {
            query.setObject(1, UUID.fromString(id));
            var row = query.executeQuery();
            assertThat(row.next()).isTrue();
            assertThat(new String(row.getBytes(1), StandardCharsets.ISO_8859_1)).doesNotContain("1234567");
            assertThat(new String(row.getBytes(2), StandardCharsets.ISO_8859_1)).doesNotContain("1980");
        }
    }

    @Test
    void oneRegistrationPerPersonAndPerEmail() {
        String subject = "delegate-" + UUID.randomUUID();
        registerSelf(subject, Fixtures.russianDelegate(organization, Fixtures.email())).then().statusCode(201);
        registerSelf(subject, Fixtures.russianDelegate(organization, Fixtures.email()))
                .then().statusCode(409).body("code", equalTo("already-registered"));
        String email = Fixtures.email();
        Fixtures.register(TestTokens.partner(organization), conference, Fixtures.russianDelegate(organization, email))
                .then().statusCode(201);
        Fixtures.register(TestTokens.organizer(), conference, Fixtures.russianDelegate(organization, email.toUpperCase()))
                .then().statusCode(409).body("code", equalTo("email-taken"));
    }

    /** An address whose mails could never arrive is refused when given; one in any script is taken. */
    @Test
    void anAddressMailCannotReachIsRefusedWhenGiven() {
        // As JSON writes them: the quoted local part's quotes escaped.
        for (String typo : List.of("ivan@mailru", "a@localhost", "x@[127.0.0.1]", "\\\"a b\\\"@example.org", "ivan@10.0.0.1")) {
            Fixtures.register(TestTokens.organizer(), conference, Fixtures.russianDelegate(organization, typo))
                    .then().statusCode(400).body("errors[0].field", equalTo("email"))
                    .body("errors[0].message", containsString("address mail can reach"));
        }
        String unique = UUID.randomUUID().toString().substring(0, 8);
        for (String valid : List.of("иван." + unique + "@пример.рф", "chen." + unique + "@例子.中国",
                "o'brien+" + unique + "@mail.example.co.uk")) {
            Fixtures.register(TestTokens.organizer(), conference, Fixtures.russianDelegate(organization, valid))
                    .then().statusCode(201).body("email", equalTo(valid));
        }
    }

    /** Nobody joins a delegation uninvited, or under an address that is not theirs; refusals store nothing. */
    @Test
    void registeringOneselfNeedsTheInvitationCodeAndOnesOwnVerifiedEmail() {
        String subject = "self-" + UUID.randomUUID();
        String token = TestTokens.delegate(subject);
        String own = Fixtures.asSelf(Fixtures.russianDelegate(organization, Fixtures.email()), subject, invitation);

        Fixtures.register(token, conference, own.replace("\"invitationCode\": \"" + invitation + "\", ", ""))
                .then().statusCode(403).body("code", equalTo("invitation-required"))
                .body("errors[0].field", equalTo("invitationCode")).body("errors[0].message", equalTo("must be given"));
        Fixtures.register(token, conference, own.replace(invitation, "ABCD-EFGH-JKMN"))
                .then().statusCode(403).body("code", equalTo("invitation-required"))
                .body("errors[0].message", equalTo("is not the delegation's code"));
        Fixtures.register(token, conference, own.replace(TestTokens.emailOf(subject), "someone.else@example.org"))
                .then().statusCode(400).body("errors[0].field", equalTo("email"))
                .body("errors[0].message", containsString(TestTokens.emailOf(subject)));
        Fixtures.register(TestTokens.delegateUnverified(subject), conference, own)
                .then().statusCode(403).body("code", equalTo("email-unverified"));
        given().auth().oauth2(token).get("/api/v1/conferences/{c}/participants/me", conference).then().statusCode(404);

        // The code as someone types it from a letter: lower case, spaces for dashes.
        String id = Fixtures.register(token, conference, own.replace(invitation, invitation.toLowerCase().replace('-', ' ')))
                .then().statusCode(201).extract().path("id");
        put(token, id, own.replace(TestTokens.emailOf(subject), "someone.else@example.org"))
                .then().statusCode(400).body("errors[0].field", equalTo("email"));

        // The partner issues a new code, which ends the last one, and revokes it.
        String partner = TestTokens.partner(organization);
        String next = given().auth().oauth2(partner).post("/api/v1/delegations/{id}/invitation", delegation)
                .then().statusCode(201).body("organizationCode", equalTo(organization)).extract().path("code");
        assertThat(next).matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}").isNotEqualTo(invitation);
        registerSelf("late-" + UUID.randomUUID(), Fixtures.russianDelegate(organization, Fixtures.email()))
                .then().statusCode(403).body("code", equalTo("invitation-required"));
        String invited = "invited-" + UUID.randomUUID();
        Fixtures.register(TestTokens.delegate(invited), conference,
                Fixtures.asSelf(Fixtures.russianDelegate(organization, Fixtures.email()), invited, next)).then().statusCode(201);
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/delegations/{id}", delegation)
                .then().body("invitationIssuedAt", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(partner).delete("/api/v1/delegations/{id}/invitation", delegation).then().statusCode(204);
        String afterRevocation = "after-" + UUID.randomUUID();
        Fixtures.register(TestTokens.delegate(afterRevocation), conference,
                        Fixtures.asSelf(Fixtures.russianDelegate(organization, Fixtures.email()), afterRevocation, next))
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/delegations/{id}", delegation)
                .then().body("invitationIssuedAt", nullValue());

        // Only those who manage the delegation hand out codes; to others it does not exist.
        given().auth().oauth2(TestTokens.partner("OTHER-ORG")).post("/api/v1/delegations/{id}/invitation", delegation)
                .then().statusCode(404);
        given().auth().oauth2(token).post("/api/v1/delegations/{id}/invitation", delegation).then().statusCode(404);
        given().auth().oauth2(TestTokens.noRole("nobody")).delete("/api/v1/delegations/{id}/invitation", delegation)
                .then().statusCode(403);
        given().post("/api/v1/delegations/{id}/invitation", delegation).then().statusCode(401);
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/conferences/{c}/statistics", conference)
                .then().body("byStatus.submitted", equalTo(2));
    }

    @Test
    void outsideTheRegistrationWindowOnlyOrganizersRegister() {
        String closed = Fixtures.conference(10, "flag", "2020-01-01T00:00:00+05:00", "2021-01-01T00:00:00+05:00");
        String code = Fixtures.invitation(Fixtures.delegation(closed, organization, 5));
        String late = "late-" + UUID.randomUUID();
        Fixtures.register(TestTokens.delegate(late), closed, Fixtures.asSelf(Fixtures.russianDelegate(organization, Fixtures.email()), late, code))
                .then().statusCode(409).body("code", equalTo("registration-closed"));
        Fixtures.register(TestTokens.organizer(), closed, Fixtures.russianDelegate(organization, Fixtures.email()))
                .then().statusCode(201);
    }

    @Test
    void arrivalsAfterTheDeadlineAreRefusedOrFlaggedAsTheConferenceDecides() {
        String lateBody = Fixtures.russianDelegate(organization, Fixtures.email()).replace("2024-09-03T18:40:00+05:00", "2024-09-04T09:00:00+05:00");
        Fixtures.register(TestTokens.organizer(), conference, lateBody)
                .then().statusCode(201).body("lateArrival", equalTo(true));

        String strict = Fixtures.conference(10, "refuse", Fixtures.OPEN, Fixtures.CLOSES);
        Fixtures.delegation(strict, organization, 5);
        Fixtures.register(TestTokens.organizer(), strict, lateBody.replaceAll("p-[0-9a-f]{8}@", "q-" + UUID.randomUUID().toString().substring(0, 8) + "@"))
                .then().statusCode(422).body("code", equalTo("arrival-after-deadline"))
                .body("detail", containsString("2024-09-03T23:59:00+05:00"));
        Fixtures.register(TestTokens.organizer(), strict, Fixtures.russianDelegate(organization, Fixtures.email()).replace("\"ru\", \"role\"", "\"de\", \"role\""))
                .then().statusCode(400).body("errors.field", hasItem("language"));
    }

    @Test
    void aHeadOfDelegationRegistersAndListsTheirDelegationOnly() {
        String headSubject = "head-" + UUID.randomUUID();
        String head = TestTokens.delegate(headSubject);
        String headId = registerSelf(headSubject, Fixtures.russianDelegate(organization, Fixtures.email()))
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.organizer()).contentType("application/json")
                .body(Map.of("seatQuota", 20, "headParticipantId", headId))
                .put("/api/v1/delegations/{id}", delegation).then().statusCode(200).body("headParticipantId", equalTo(headId));

        String colleague = Fixtures.register(head, conference,
                        Fixtures.chineseDelegate(organization, Fixtures.email()).replace("\"speaker\"", "\"delegate\""))
                .then().statusCode(201).extract().path("id");
        Fixtures.register(TestTokens.delegate("someone-" + UUID.randomUUID()), conference,
                Fixtures.russianDelegate(Fixtures.organization("KZ", "member-state"), Fixtures.email())).then().statusCode(404);

        given().auth().oauth2(head).get("/api/v1/conferences/{c}/participants", conference)
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.containsInAnyOrder(headId, colleague));
        given().auth().oauth2(head).get("/api/v1/participants/{id}", colleague).then().statusCode(200);
        given().auth().oauth2(head).get("/api/v1/delegations/{id}", delegation).then().statusCode(200)
                .body("seatsTaken", equalTo(2));
        given().auth().oauth2(head).post("/api/v1/delegations/{id}/invitation", delegation).then().statusCode(201);

        // The head's rights end with the head's registration; their own registration stays theirs to read.
        Fixtures.transition(head, headId, "withdraw", null).then().statusCode(200);
        given().auth().oauth2(head).get("/api/v1/participants/{id}", colleague).then().statusCode(404);
        given().auth().oauth2(head).get("/api/v1/participants/{id}", headId).then().statusCode(200);
        given().auth().oauth2(head).get("/api/v1/conferences/{c}/participants", conference).then().statusCode(403);

        // Nobody whose registration ended is named head anew; the quota is still edited with the head as it is.
        Fixtures.transition(TestTokens.organizer(), colleague, "reject", "Not in the delegation's list").then().statusCode(200);
        given().auth().oauth2(TestTokens.organizer()).contentType("application/json")
                .body(Map.of("seatQuota", 20, "headParticipantId", colleague))
                .put("/api/v1/delegations/{id}", delegation).then().statusCode(400)
                .body("errors.field", equalTo(List.of("headParticipantId")));
        given().auth().oauth2(TestTokens.organizer()).contentType("application/json")
                .body(Map.of("seatQuota", 25, "headParticipantId", headId))
                .put("/api/v1/delegations/{id}", delegation).then().statusCode(200).body("seatQuota", equalTo(25));
    }

    @Test
    void organizersFilterAndSearchInAnyScript() {
        String russian = Fixtures.register(TestTokens.organizer(), conference, Fixtures.russianDelegate(organization, Fixtures.email()))
                .then().extract().path("id");
        String chinese = Fixtures.register(TestTokens.organizer(), conference, Fixtures.chineseDelegate(organization, Fixtures.email()))
                .then().extract().path("id");
        var organizer = given().auth().oauth2(TestTokens.organizer());

        organizer.queryParam("q", "петров").get("/api/v1/conferences/{c}/participants", conference)
                .then().statusCode(200).body("items.id", equalTo(List.of(russian)));
        given().auth().oauth2(TestTokens.organizer()).queryParam("q", "张伟").get("/api/v1/conferences/{c}/participants", conference)
                .then().body("items.id", equalTo(List.of(chinese)));
        given().auth().oauth2(TestTokens.organizer()).queryParam("q", "zhang wei").get("/api/v1/conferences/{c}/participants", conference)
                .then().body("items.id", equalTo(List.of(chinese)));
        given().auth().oauth2(TestTokens.organizer()).queryParam("language", "zh").queryParam("attendance", "remote")
                .queryParam("role", "speaker").get("/api/v1/conferences/{c}/participants", conference)
                .then().body("items.id", equalTo(List.of(chinese)));
        given().auth().oauth2(TestTokens.organizer()).queryParam("status", "approved").get("/api/v1/conferences/{c}/participants", conference)
                .then().body("items", hasSize(0));
        // sorted by Latin family name, one per page
        var first = given().auth().oauth2(TestTokens.organizer()).queryParam("limit", 1)
                .get("/api/v1/conferences/{c}/participants", conference).then().body("items[0].id", equalTo(russian)).extract();
        given().auth().oauth2(TestTokens.organizer()).queryParam("limit", 1).queryParam("cursor", first.path("nextCursor").toString())
                .get("/api/v1/conferences/{c}/participants", conference)
                .then().body("items[0].id", equalTo(chinese)).body("nextCursor", nullValue());
    }

    @Test
    void theCsvExportOpensWithCyrillicAndChineseIntact() {
        Fixtures.register(TestTokens.organizer(), conference, Fixtures.russianDelegate(organization, Fixtures.email())).then().statusCode(201);
        Fixtures.register(TestTokens.organizer(), conference, Fixtures.chineseDelegate(organization, Fixtures.email())
                .replace("\"伟\"", "\"=伟, \\\"Wei\\\"\"")).then().statusCode(201);

        byte[] csv = given().auth().oauth2(TestTokens.organizer()).get("/api/v1/conferences/{c}/participants/export", conference)
                .then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString(conference + "-participants.csv"))
                .extract().asByteArray();

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        List<String> lines = List.of(text.substring(1).split("\r\n"));
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("id,organization,family_name,given_name,family_name_latin");
        assertThat(text).contains(",Петров,Иван,Petrov,Ivan,").contains(",张,\"'=伟, \"\"Wei\"\"\",Zhang,Wei,")
                .doesNotContain("1234567");
    }

    @Test
    void organizersSeeTheCounts() {
        String otherOrg = Fixtures.organization("EAG", "international-organization");
        Fixtures.delegation(conference, otherOrg, 1);
        String approved = Fixtures.register(TestTokens.organizer(), conference, Fixtures.russianDelegate(organization, Fixtures.email()))
                .then().extract().path("id");
        Fixtures.transition(TestTokens.organizer(), approved, "approve", null).then().statusCode(200);
        Fixtures.register(TestTokens.organizer(), conference, Fixtures.chineseDelegate(otherOrg, Fixtures.email())).then().statusCode(201);
        Fixtures.register(TestTokens.organizer(), conference, Fixtures.chineseDelegate(otherOrg, Fixtures.email()))
                .then().body("status", equalTo("waitlisted"));

        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/conferences/{c}/statistics", conference)
                .then().statusCode(200)
                .body("byStatus", equalTo(Map.of("approved", 1, "submitted", 1, "waitlisted", 1)))
                .body("byOrganizationKind", equalTo(Map.of("member-state", 1, "international-organization", 2)))
                .body("byAttendance", equalTo(Map.of("in-person", 1, "remote", 2)))
                .body("seatsTaken", equalTo(2)).body("seatsLeft", equalTo(98))
                .body("delegations.find { it.organizationCode == '" + otherOrg + "' }.seatsLeft", equalTo(0));
        given().auth().oauth2(TestTokens.partner(organization)).get("/api/v1/conferences/{c}/statistics", conference)
                .then().statusCode(403);
    }

    private String registered() {
        return Fixtures.register(TestTokens.organizer(), conference, Fixtures.russianDelegate(organization, Fixtures.email()))
                .then().statusCode(201).extract().path("id");
    }

    private static String moved(String id, String action) {
        Fixtures.transition(TestTokens.organizer(), id, action, "reason").then().statusCode(200);
        return id;
    }
}
