package org.scorats.conference.registration;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.TestTokens;
import org.scorats.conference.conventions.TopicReader;
import org.eclipse.microprofile.config.ConfigProvider;
import org.scorats.conference.conventions.Redelivery;
import org.scorats.conference.events.CloudEventHeaders;
import org.scorats.conference.events.EventType;
import org.scorats.conference.events.Topics;
import org.scorats.conference.events.agenda.AgendaEvents;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Visa invitation letters and certificates of attendance, issued, rendered, verified and revoked. */
@QuarkusTest
class DocumentsTest {

    private static final Map<String, Object> LETTER = Map.of("nationality", "RU", "passportNumber", "75 1234567",
            "passportExpiry", "2030-01-31", "embassy", "Посольство Республики Узбекистан в Москве",
            "travelFrom", "2024-09-02", "travelUntil", "2024-09-07");

    @Test
    void aLetterIsRequestedApprovedPrintedVerifiedAndRevoked() {
        String conference = Fixtures.conference(100);
        String organization = Fixtures.organization("KZ", "member-state");
        Fixtures.delegation(conference, organization, 10);
        String ivan = Fixtures.register(TestTokens.organizer(), conference, Fixtures.russianDelegate(organization, Fixtures.email()))
                .then().statusCode(201).extract().path("id");
        String partner = TestTokens.partner(organization);

        Response requested = request(partner, ivan, LETTER);
        requested.then().statusCode(201).body("status", equalTo("requested")).body("language", equalTo("ru"))
                .body("passportNumber", nullValue());
        String letter = requested.path("id");
        request(partner, ivan, LETTER).then().statusCode(409).body("code", equalTo("letter-already-requested"));
        request(TestTokens.partner("OTHER"), ivan, LETTER).then().statusCode(404);
        given().auth().oauth2(partner).get("/api/v1/conferences/{c}/visa-letters", conference).then().statusCode(403);
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/conferences/{c}/visa-letters?status=requested", conference)
                .then().statusCode(200).body("items.id", equalTo(List.of(letter)))
                .body("items[0].passportNumber", equalTo("75 1234567"));
        given().auth().oauth2(partner).get("/api/v1/visa-letters/{id}/letter.pdf", letter).then().statusCode(409)
                .body("code", equalTo("not-issued"));

        String etag = given().auth().oauth2(TestTokens.organizer()).get("/api/v1/visa-letters/{id}", letter).header("ETag");
        String reference = given().auth().oauth2(TestTokens.organizer()).contentType("application/json").header("If-Match", etag)
                .body(Map.of("decision", "approve")).post("/api/v1/visa-letters/{id}/decision", letter)
                .then().statusCode(200).body("status", equalTo("issued")).extract().path("reference");
        given().auth().oauth2(TestTokens.organizer()).contentType("application/json")
                .body(Map.of("decision", "refuse", "reason", "late")).post("/api/v1/visa-letters/{id}/decision", letter)
                .then().statusCode(409).body("code", equalTo("already-decided"));

        byte[] pdf = given().auth().oauth2(partner).get("/api/v1/visa-letters/{id}/letter.pdf", letter)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        Printed printed = Printed.read(pdf);
        assertThat(printed.flatText()).contains("Письмо-приглашение", "PETROV Ivan", "Иван Петров", "75 1234567", "Россия",
                "2 сентября 2024 г.", "Посольство Республики Узбекистан в Москве", reference);
        assertThat(printed.qrCode()).endsWith("/api/v1/documents/" + reference);
        given().get("/api/v1/documents/{r}", reference).then().statusCode(200).body("status", equalTo("valid"))
                .body("kind", equalTo("visa-letter")).body("holder", equalTo("Ivan Petrov"))
                .body("validFrom", equalTo("2024-09-02")).body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("passportNumber")));
        given().get("/api/v1/documents/{r}", reference.toLowerCase()).then().statusCode(200).body("reference", equalTo(reference));
        assertThat(lastEvent(ivan, "visa-letter.issued")).contains(reference).doesNotContain("75 1234567");

        given().auth().oauth2(partner).contentType("application/json").body(Map.of("reason", "x"))
                .post("/api/v1/visa-letters/{id}/revocation", letter).then().statusCode(403);
        given().auth().oauth2(TestTokens.organizer()).contentType("application/json")
                .body(Map.of("reason", "The participant withdrew")).post("/api/v1/visa-letters/{id}/revocation", letter)
                .then().statusCode(200).body("status", equalTo("revoked"));
        given().get("/api/v1/documents/{r}", reference).then().statusCode(200).body("status", equalTo("revoked"));
        given().auth().oauth2(partner).get("/api/v1/visa-letters/{id}/letter.pdf", letter).then().statusCode(409);
        assertThat(lastEvent(ivan, "visa-letter.revoked")).contains(reference, "The participant withdrew")
                .doesNotContain("75 1234567");
    }

    @Test
    void lettersAreRefusedToTheIneligibleAndForgedReferencesAreUnknown() {
        String conference = Fixtures.conference(100);
        String organization = Fixtures.organization("KG", "member-state");
        Fixtures.delegation(conference, organization, 10);
        String rejected = Fixtures.register(TestTokens.organizer(), conference, Fixtures.russianDelegate(organization, Fixtures.email()))
                .then().statusCode(201).extract().path("id");
        Fixtures.transition(TestTokens.organizer(), rejected, "reject", "Not in the delegation's list").then().statusCode(200);
        request(TestTokens.organizer(), rejected, LETTER).then().statusCode(409).body("code", equalTo("not-eligible"));
        String remote = Fixtures.register(TestTokens.organizer(), conference, Fixtures.chineseDelegate(organization, Fixtures.email()))
                .then().statusCode(201).extract().path("id");
        request(TestTokens.organizer(), remote, LETTER).then().statusCode(422).body("code", equalTo("remote-participant"));
        String ivan = Fixtures.register(TestTokens.organizer(), conference, Fixtures.russianDelegate(organization, Fixtures.email()))
                .then().statusCode(201).extract().path("id");
        Map<String, Object> early = new java.util.HashMap<>(LETTER);
        early.put("travelFrom", "2024-07-01");
        request(TestTokens.organizer(), ivan, early).then().statusCode(400).body("errors[0].field", equalTo("travelFrom"));
        Map<String, Object> badCountry = new java.util.HashMap<>(LETTER);
        badCountry.put("nationality", "Russia");
        request(TestTokens.organizer(), ivan, badCountry).then().statusCode(400);
        // A code of the right shape that is no country, and an embassy the letter cannot print.
        badCountry.put("nationality", "XX");
        request(TestTokens.organizer(), ivan, badCountry).then().statusCode(400)
                .body("errors[0].field", equalTo("nationality"));
        Map<String, Object> persianEmbassy = new java.util.HashMap<>(LETTER);
        persianEmbassy.put("embassy", "سفارت ازبکستان در تهران");
        request(TestTokens.organizer(), ivan, persianEmbassy).then().statusCode(400)
                .body("errors[0].field", equalTo("embassy"));
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/conferences/{c}/visa-letters", conference)
                .then().body("items.size()", equalTo(0));

        given().get("/api/v1/documents/{r}", "SCO-RATS-2024-VL-FORGED00").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("unknown-reference"));
        given().get("/api/v1/documents/{r}", "not a reference").then().statusCode(400);

        // An organizer's refusal needs a reason, which the applicant is told in the organizer's words.
        String letter = request(TestTokens.organizer(), ivan, LETTER).then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.organizer()).contentType("application/json").body(Map.of("decision", "refuse"))
                .post("/api/v1/visa-letters/{id}/decision", letter).then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(TestTokens.organizer()).contentType("application/json")
                .body(Map.of("decision", "refuse", "reason", "Apply at the consulate in Kazan"))
                .post("/api/v1/visa-letters/{id}/decision", letter).then().statusCode(200)
                .body("status", equalTo("refused")).body("reasonCode", nullValue());
        JsonPath event = JsonPath.from(lastEvent(ivan, "visa-letter.refused"));
        assertThat(event.getString("reason")).isEqualTo("Apply at the consulate in Kazan");
        assertThat(event.getString("reasonCode")).as("an organizer's own words").isNull();
    }

    @Test
    void aLetterStandsOnlyWhileItsHolderHoldsASeatAndTravels() {
        String conference = Fixtures.conference(100);
        String organization = Fixtures.organization("TJ", "member-state");
        Fixtures.delegation(conference, organization, 10);
        String partner = TestTokens.partner(organization);
        String organizer = TestTokens.organizer();

        // Withdrawn, waitlisted (a seat given up), deleted, turned remote: each issued letter is revoked.
        Map<String, String> revoked = new java.util.LinkedHashMap<>();
        for (String change : List.of("withdraw", "waitlist", "delete", "remote")) {
            String registration = Fixtures.russianDelegate(organization, Fixtures.email());
            String id = delegate(conference, registration);
            String letter = request(partner, id, LETTER).then().statusCode(201).extract().path("id");
            String reference = issue(letter);
            switch (change) {
                case "withdraw" -> Fixtures.transition(partner, id, "withdraw", null).then().statusCode(200);
                case "waitlist" -> Fixtures.transition(organizer, id, "waitlist", null).then().statusCode(200);
                case "delete" -> given().auth().oauth2(organizer).delete("/api/v1/participants/{id}", id).then().statusCode(204);
                default -> given().auth().oauth2(partner).contentType("application/json")
                        .body(registration.replace("in-person", "remote").replaceFirst("\"arrival\": \\{[^}]*},", ""))
                        .put("/api/v1/participants/{id}", id).then().statusCode(200);
            }
            given().get("/api/v1/documents/{r}", reference).then().statusCode(200).body("status", equalTo("revoked"));
            revoked.put(letter, change);
        }
        given().auth().oauth2(organizer).get("/api/v1/conferences/{c}/visa-letters?status=revoked", conference).then()
                .body("items.id", org.hamcrest.Matchers.containsInAnyOrder(revoked.keySet().toArray()))
                .body("items.reason", org.hamcrest.Matchers.containsInAnyOrder("The registration was withdrawn",
                        "The registration was waitlisted", "The registration was deleted", "The participant attends remotely"))
                .body("items.reasonCode", org.hamcrest.Matchers.containsInAnyOrder("withdrawn", "waitlisted", "deleted", "remote"));

        // A request still awaiting a decision is closed with the reason, and cannot be approved after.
        String rejected = delegate(conference, Fixtures.russianDelegate(organization, Fixtures.email()));
        String open = request(partner, rejected, LETTER).then().statusCode(201).extract().path("id");
        Fixtures.transition(organizer, rejected, "reject", "Not in the delegation's list").then().statusCode(200);
        given().auth().oauth2(organizer).get("/api/v1/visa-letters/{id}", open).then()
                .body("status", equalTo("refused")).body("reason", equalTo("The registration was rejected"))
                .body("reasonCode", equalTo("rejected"));
        JsonPath event = JsonPath.from(lastEvent(rejected, "visa-letter.refused"));
        assertThat(List.of(event.getString("status"), event.getString("reasonCode"), event.getString("organizationCode")))
                .as("the applicant is told, with a reason to word").containsExactly("refused", "rejected", organization);
        given().auth().oauth2(organizer).contentType("application/json").body(Map.of("decision", "approve"))
                .post("/api/v1/visa-letters/{id}/decision", open).then().statusCode(409).body("code", equalTo("already-decided"));

        // Approval and an edit that keeps the journey leave the letter standing.
        String registration = Fixtures.russianDelegate(organization, Fixtures.email());
        String ivan = delegate(conference, registration);
        String reference = issue(request(partner, ivan, LETTER).then().statusCode(201).extract().path("id"));
        Fixtures.transition(organizer, ivan, "approve", null).then().statusCode(200);
        given().auth().oauth2(organizer).contentType("application/json")
                .body(registration.replace("HY 602", "HY 604"))
                .put("/api/v1/participants/{id}", ivan).then().statusCode(200);
        given().get("/api/v1/documents/{r}", reference).then().statusCode(200).body("status", equalTo("valid"));
    }

    @Test
    void aConferenceMovedToOtherDaysRevokesTheLettersWhoseJourneyNoLongerFits() {
        String conference = Fixtures.conference(100);
        String organization = Fixtures.organization("UZ", "member-state");
        Fixtures.delegation(conference, organization, 10);
        String organizer = TestTokens.organizer();
        Map<String, Object> longStay = new java.util.HashMap<>(LETTER);
        longStay.put("travelFrom", "2024-09-04");
        longStay.put("travelUntil", "2024-09-12");
        String[] ids = new String[3];
        String[] letters = new String[3];
        for (int i = 0; i < 3; i++) {
            ids[i] = delegate(conference, Fixtures.russianDelegate(organization, Fixtures.email()));
            letters[i] = request(organizer, ids[i], i == 1 ? longStay : LETTER).then().statusCode(201).extract().path("id");
        }
        String[] references = {issue(letters[0]), issue(letters[1])};

        given().auth().oauth2(organizer).contentType("application/json")
                .body(Fixtures.conferenceJson(conference, 100, "flag", Fixtures.OPEN, Fixtures.CLOSES)
                        .replace("2024-09-04", "2024-09-10").replace("2024-09-05", "2024-09-11"))
                .put("/api/v1/conferences/{id}", conference).then().statusCode(200);

        // Travelling 2 to 7 September no longer reaches a conference on the 10th; 4 to 12 September still does.
        given().get("/api/v1/documents/{r}", references[0]).then().body("status", equalTo("revoked"));
        given().get("/api/v1/documents/{r}", references[1]).then().body("status", equalTo("valid"));
        given().auth().oauth2(organizer).get("/api/v1/visa-letters/{id}", letters[0]).then().body("status", equalTo("revoked"))
                .body("reason", org.hamcrest.Matchers.startsWith("The conference moved to 2024-09-10 – 2024-09-11"));
        given().auth().oauth2(organizer).get("/api/v1/visa-letters/{id}", letters[2]).then().body("status", equalTo("refused"));
        request(organizer, ids[2], LETTER).then().statusCode(400).body("errors[0].field", equalTo("travelFrom"));
    }

    @Test
    void aRequestRetriedWithItsIdempotencyKeyAnswersTheFirstAndRequestsNothingMore() {
        String conference = Fixtures.conference(100);
        String organization = Fixtures.organization("AF", "observer-state");
        Fixtures.delegation(conference, organization, 10);
        String ivan = delegate(conference, Fixtures.russianDelegate(organization, Fixtures.email()));
        String partner = TestTokens.partner(organization);
        String first = given().auth().oauth2(partner).contentType("application/json").header("Idempotency-Key", "letter-1")
                .body(LETTER).post("/api/v1/participants/{id}/visa-letters", ivan).then().statusCode(201).extract().path("id");
        given().auth().oauth2(partner).contentType("application/json").header("Idempotency-Key", "letter-1")
                .body(LETTER).post("/api/v1/participants/{id}/visa-letters", ivan).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first)).body("status", equalTo("requested"))
                .body("passportNumber", nullValue());
        Map<String, Object> other = new java.util.HashMap<>(LETTER);
        other.put("embassy", "Embassy of Uzbekistan in Moscow");
        given().auth().oauth2(partner).contentType("application/json").header("Idempotency-Key", "letter-1")
                .body(other).post("/api/v1/participants/{id}/visa-letters", ivan).then().statusCode(422)
                .body("code", equalTo("idempotency-key-reused"));
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/conferences/{c}/visa-letters", conference)
                .then().body("items.id", equalTo(List.of(first)));
    }

    @Test
    void aCertificateNamesTheDaysAttendedAndVerifies() {
        String conference = Fixtures.conference(100);
        String organization = Fixtures.organization("TJ", "member-state");
        Fixtures.delegation(conference, organization, 10);
        String ivan = approvedDelegate(conference, organization);
        given().auth().oauth2(TestTokens.partner(organization)).get("/api/v1/participants/{id}/certificate.pdf", ivan)
                .then().statusCode(409).body("code", equalTo("not-attended"));
        admit(conference, ivan, "2024-09-04T08:50:00+05:00");
        admit(conference, ivan, "2024-09-05T09:05:00+05:00");

        String reference = null;
        for (String lang : List.of("zh", "en")) {
            byte[] pdf = given().auth().oauth2(TestTokens.partner(organization))
                    .get("/api/v1/participants/{id}/certificate.pdf?lang={l}", ivan, lang)
                    .then().statusCode(200).extract().asByteArray();
            Printed printed = Printed.read(pdf);
            assertThat(printed.flatText()).contains(lang.equals("zh") ? "2024年9月4日" : "4 September 2024",
                    lang.equals("zh") ? "2024年9月5日" : "5 September 2024", "Иван Петров (Ivan Petrov)");
            String ref = printed.qrCode().substring(printed.qrCode().lastIndexOf('/') + 1);
            assertThat(reference == null || reference.equals(ref)).as("one certificate, however often downloaded").isTrue();
            reference = ref;
        }
        given().get("/api/v1/documents/{r}", reference).then().statusCode(200).body("kind", equalTo("attendance-certificate"))
                .body("status", equalTo("valid")).body("validFrom", equalTo("2024-09-04")).body("validUntil", equalTo("2024-09-05"));
        given().auth().oauth2(TestTokens.partner("OTHER")).get("/api/v1/participants/{id}/certificate.pdf", ivan).then().statusCode(404);
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/participants/{id}/certificate.pdf?lang=de", ivan).then().statusCode(400);

        // Deleting the registration withdraws what the certificate vouches for.
        given().auth().oauth2(TestTokens.organizer()).delete("/api/v1/participants/{id}", ivan).then().statusCode(204);
        given().get("/api/v1/documents/{r}", reference).then().statusCode(200).body("status", equalTo("revoked"))
                .body("revokedAt", notNullValue());
        JsonPath revoked = JsonPath.from(lastEvent(ivan, "certificate.revoked"));
        assertThat(revoked.getString("reference")).as("the partner learns the reference is void").isEqualTo(reference);
        assertThat(revoked.getString("reasonCode")).isEqualTo("deleted");
    }

    @Test
    void anOrganizerRevokesACertificateForGoodAndNobodyElseCan() {
        String conference = Fixtures.conference(100);
        String organization = Fixtures.organization("KG", "member-state");
        Fixtures.delegation(conference, organization, 10);
        String ivan = approvedDelegate(conference, organization);
        String revocation = "/api/v1/participants/{id}/certificate/revocation";
        Map<String, String> reason = Map.of("reason", "Admitted on a badge lent to a colleague");
        given().auth().oauth2(TestTokens.organizer()).contentType("application/json").body(reason).post(revocation, ivan)
                .then().statusCode(409).body("code", equalTo("not-issued"));
        admit(conference, ivan, "2024-09-04T08:50:00+05:00");
        String partner = TestTokens.partner(organization);
        String reference = Printed.read(given().auth().oauth2(partner).get("/api/v1/participants/{id}/certificate.pdf", ivan)
                .then().statusCode(200).extract().asByteArray()).qrCode().replaceAll(".*/", "");

        given().contentType("application/json").body(reason).post(revocation, ivan).then().statusCode(401);
        given().auth().oauth2(partner).contentType("application/json").body(reason).post(revocation, ivan).then().statusCode(403);
        given().auth().oauth2(TestTokens.door()).contentType("application/json").body(reason).post(revocation, ivan).then().statusCode(403);
        given().auth().oauth2(TestTokens.organizer()).contentType("application/json").body(Map.of("reason", " "))
                .post(revocation, ivan).then().statusCode(400).body("errors.field", hasItem("reason"));
        given().auth().oauth2(TestTokens.organizer()).contentType("application/json").body(reason)
                .post(revocation, UUID.randomUUID()).then().statusCode(404);
        given().get("/api/v1/documents/{r}", reference).then().body("status", equalTo("valid"));

        given().auth().oauth2(TestTokens.organizer()).contentType("application/json").body(reason).post(revocation, ivan)
                .then().statusCode(200).body("reference", equalTo(reference)).body("status", equalTo("revoked"))
                .body("$", not(hasKey("reason")));
        given().get("/api/v1/documents/{r}", reference).then().statusCode(200).body("status", equalTo("revoked"))
                .body("revokedAt", notNullValue()).body(not(containsString("colleague")));
        JsonPath revoked = JsonPath.from(lastEvent(ivan, "certificate.revoked"));
        assertThat(revoked.getString("reference")).as("the holder is told, by mail").isEqualTo(reference);
        assertThat(revoked.getString("reason")).isEqualTo(reason.get("reason"));
        assertThat(revoked.getString("organizationCode")).as("their partner, by webhook").isEqualTo(organization);
        assertThat(revoked.getString("reasonCode")).as("an organizer's own words").isNull();
        // Not replaced by a fresh certificate that would verify, nor revoked twice.
        given().auth().oauth2(partner).get("/api/v1/participants/{id}/certificate.pdf", ivan).then().statusCode(409)
                .body("code", equalTo("revoked")).body("detail", containsString(reference));
        given().auth().oauth2(TestTokens.organizer()).contentType("application/json").body(reason).post(revocation, ivan)
                .then().statusCode(409).body("code", equalTo("already-revoked"));
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/audit/registration?resource=documents&resourceId={r}&action=update", reference)
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].changes.revokedReason.to", equalTo(reason.get("reason")));
    }

    @Test
    void organizersListTheCertificatesIssuedNewestFirstWithWhatBecameOfThem() {
        String conference = Fixtures.conference(100);
        String ours = Fixtures.organization("AZ", "dialogue-partner");
        String theirs = Fixtures.organization("AM", "dialogue-partner");
        Fixtures.delegation(conference, ours, 10);
        Fixtures.delegation(conference, theirs, 10);
        String ivan = approvedDelegate(conference, ours);
        String olga = approvedDelegate(conference, ours);
        String boris = approvedDelegate(conference, theirs);
        approvedDelegate(conference, theirs); // never let in: no certificate
        List<String> issued = new ArrayList<>();
        for (String attended : List.of(ivan, olga, boris)) {
            admit(conference, attended, "2024-09-04T08:50:00+05:00");
            issued.add(0, referenceOn(given().auth().oauth2(TestTokens.organizer())
                    .get("/api/v1/participants/{id}/certificate.pdf", attended).then().statusCode(200).extract().asByteArray()).get(0));
        }
        given().auth().oauth2(TestTokens.organizer()).contentType("application/json").body(Map.of("reason", "Badge lent"))
                .post("/api/v1/participants/{id}/certificate/revocation", olga).then().statusCode(200);
        given().auth().oauth2(TestTokens.organizer()).delete("/api/v1/participants/{id}", boris).then().statusCode(204);
        String list = "/api/v1/conferences/{c}/certificates";

        given().auth().oauth2(TestTokens.organizer()).get(list, conference).then().statusCode(200)
                .body("items.reference", equalTo(issued))
                .body("items.status", equalTo(List.of("revoked", "revoked", "valid")))
                .body("items[0].revokedReason", equalTo("The registration was deleted"))
                .body("items[1].revokedReason", equalTo("Badge lent"))
                .body("items[2].participantId", equalTo(ivan)).body("items[2].organization", equalTo(ours))
                .body("items[2].holder", equalTo("Ivan Petrov")).body("items[2].firstDay", equalTo("2024-09-04"))
                .body("items[2]", not(hasKey("revokedAt")));
        given().auth().oauth2(TestTokens.organizer()).get(list + "?status=valid", conference).then().statusCode(200)
                .body("items.participantId", equalTo(List.of(ivan)));
        given().auth().oauth2(TestTokens.organizer()).get(list + "?status=revoked&organization={o}", conference, ours)
                .then().statusCode(200).body("items.participantId", equalTo(List.of(olga)));

        // Page by page: the same three, each once.
        var first = given().auth().oauth2(TestTokens.organizer()).get(list + "?limit=2", conference).then().statusCode(200)
                .body("items", hasSize(2)).extract().jsonPath();
        given().auth().oauth2(TestTokens.organizer()).get(list + "?limit=2&cursor={k}", conference, first.getString("nextCursor"))
                .then().statusCode(200).body("items.reference", equalTo(issued.subList(2, 3))).body("$", not(hasKey("nextCursor")));

        // Refused, by name: a value that is no status, a forged cursor, a conference that does not exist, callers who may not.
        given().auth().oauth2(TestTokens.organizer()).get(list + "?status=lost", conference).then().statusCode(400)
                .body("errors.field", hasItem("status"));
        given().auth().oauth2(TestTokens.organizer()).get(list + "?cursor=Zm9yZ2Vk", conference).then().statusCode(400)
                .body("errors.field", hasItem("cursor")).body(not(containsString("Exception")));
        given().auth().oauth2(TestTokens.organizer()).get(list, "no-such-conference").then().statusCode(404);
        given().get(list, conference).then().statusCode(401);
        given().auth().oauth2(TestTokens.door()).get(list, conference).then().statusCode(403);

        // A partner sees its own people's certificates only.
        given().auth().oauth2(TestTokens.partner(ours)).get(list, conference).then().statusCode(200)
                .body("items.participantId", equalTo(List.of(olga, ivan)));
        given().auth().oauth2(TestTokens.partner(theirs)).get(list + "?status=revoked", conference).then().statusCode(200)
                .body("items.participantId", equalTo(List.of(boris)));
        given().auth().oauth2(TestTokens.partner(theirs)).get(list + "?organization={o}", conference, ours).then().statusCode(403);
    }

    @Test
    void aPrintRunHoldsEveryAttendeesOwnCertificateAndNoRevokedOne() {
        String conference = Fixtures.conference(100);
        String ours = Fixtures.organization("KZ", "member-state");
        String theirs = Fixtures.organization("PK", "member-state");
        Fixtures.delegation(conference, ours, 10);
        Fixtures.delegation(conference, theirs, 10);
        String ivan = approvedDelegate(conference, ours);
        String olga = approvedDelegate(conference, ours);
        approvedDelegate(conference, ours); // never let in: no certificate
        String boris = approvedDelegate(conference, theirs);
        String anna = approvedDelegate(conference, theirs);
        for (String attended : List.of(ivan, olga, boris, anna)) {
            admit(conference, attended, "2024-09-04T08:50:00+05:00");
        }
        String ivansOwn = referenceOn(given().auth().oauth2(TestTokens.organizer())
                .get("/api/v1/participants/{id}/certificate.pdf", ivan).then().statusCode(200).extract().asByteArray()).get(0);
        referenceOn(given().auth().oauth2(TestTokens.organizer()).get("/api/v1/participants/{id}/certificate.pdf", anna)
                .then().statusCode(200).extract().asByteArray());
        given().auth().oauth2(TestTokens.organizer()).contentType("application/json").body(Map.of("reason", "Badge lent"))
                .post("/api/v1/participants/{id}/certificate/revocation", anna).then().statusCode(200);
        String printRun = "/api/v1/conferences/{c}/certificates.pdf";

        byte[] all = given().auth().oauth2(TestTokens.organizer()).get(printRun + "?lang=en", conference).then().statusCode(200)
                .header("Content-Disposition", containsString("attachment")).extract().asByteArray();
        Printed printed = Printed.read(all);
        List<String> references = referenceOn(all);
        assertThat(printed.pages()).as("ivan, olga and boris; not the absent one nor anna's revoked one").isEqualTo(3);
        assertThat(references).hasSize(3).doesNotHaveDuplicates().contains(ivansOwn);
        assertThat(printed.text()).as("in the language asked for, not each Russian delegate's own")
                .contains("Certificate of attendance").doesNotContain("Сертификат участника");
        for (String reference : references) {
            given().get("/api/v1/documents/{r}", reference).then().statusCode(200).body("status", equalTo("valid"));
        }
        byte[] again = given().auth().oauth2(TestTokens.organizer()).get(printRun, conference).then().statusCode(200)
                .extract().asByteArray();
        assertThat(referenceOn(again)).as("printing again issues nothing new").containsExactlyInAnyOrderElementsOf(references);

        // A partner prints its own people only.
        byte[] own = given().auth().oauth2(TestTokens.partner(ours)).get(printRun, conference).then().statusCode(200)
                .extract().asByteArray();
        assertThat(Printed.read(own).pages()).isEqualTo(2);
        assertThat(referenceOn(own)).contains(ivansOwn);
        given().auth().oauth2(TestTokens.partner(ours)).get(printRun + "?organization={o}", conference, theirs).then().statusCode(403);
        given().auth().oauth2(TestTokens.partner(Fixtures.organization("MN", "observer-state"))).get(printRun, conference)
                .then().statusCode(404).body("code", equalTo("no-certificate"));
        given().get(printRun, conference).then().statusCode(401);
        given().auth().oauth2(TestTokens.door()).get(printRun, conference).then().statusCode(403);
        given().auth().oauth2(TestTokens.organizer()).get(printRun + "?lang=de", conference).then().statusCode(400);
        given().auth().oauth2(TestTokens.organizer()).get(printRun, "no-such-conference").then().statusCode(404);
    }

    /** The certificate references a PDF states, page by page. */
    private static List<String> referenceOn(byte[] pdf) {
        return java.util.regex.Pattern.compile("[A-Z0-9-]+-AC-[A-Z0-9]{8}").matcher(Printed.read(pdf).text()).results()
                .map(java.util.regex.MatchResult::group).distinct().toList();
    }

    /** Talks come from agenda-service's events: newest version wins, cancelled talks are left out. */
    @Test
    void aSpeakersCertificateNamesTheirTalksFromTheAgendasEvents() {
        String conference = Fixtures.conference(100);
        String organization = Fixtures.organization("TS", "member-state");
        Fixtures.delegation(conference, organization, 10);
        String ivan = approvedDelegate(conference, organization);
        admit(conference, ivan, "2024-09-04T08:50:00+05:00");

        String speaker = UUID.randomUUID().toString();
        String session = UUID.randomUUID().toString();
        String talk = UUID.randomUUID().toString();
        String dropped = UUID.randomUUID().toString();
        var speakerSent = agendaEvent(AgendaEvents.SPEAKER_CREATED, speaker, """
                {"speaker": {"id": "%s", "conferenceId": "%s", "participantId": "%s", "givenName": "Иван",
                 "familyName": "Петров", "givenNameLatin": "Ivan", "familyNameLatin": "Petrov", "organization": "%s",
                 "version": 0, "photoUrl": "a field this consumer does not know"}}""".formatted(speaker, conference, ivan, organization));
        agendaEvent(AgendaEvents.TALK_CREATED, session, talkJson(talk, conference, session, speaker, "Черновик", 1));
        agendaEvent(AgendaEvents.TALK_UPDATED, session, talkJson(talk, conference, session, speaker, "Региональная безопасность", 3));
        agendaEvent(AgendaEvents.TALK_UPDATED, session, talkJson(talk, conference, session, speaker, "Устаревшее название", 2));
        agendaEvent(AgendaEvents.TALK_CREATED, session, talkJson(dropped, conference, session, speaker, "Отменённый доклад", 0));
        var last = agendaEvent(AgendaEvents.TALK_CANCELLED, session, talkJson(dropped, conference, session, speaker, "Отменённый доклад", 0));
        String group = ConfigProvider.getConfig().getValue("mp.messaging.incoming.agenda-events.group.id", String.class);
        Redelivery.awaitConsumed(group, speakerSent);
        Redelivery.awaitConsumed(group, last);

        byte[] pdf = given().auth().oauth2(TestTokens.partner(organization))
                .get("/api/v1/participants/{id}/certificate.pdf?lang=ru", ivan).then().statusCode(200).extract().asByteArray();
        assertThat(Printed.read(pdf).flatText()).contains("Выступления: Региональная безопасность.")
                .doesNotContain("Черновик", "Устаревшее название", "Отменённый доклад");
    }

    private static String approvedDelegate(String conference, String organization) {
        String id = Fixtures.register(TestTokens.organizer(), conference, Fixtures.russianDelegate(organization, Fixtures.email()))
                .then().statusCode(201).extract().path("id");
        Fixtures.transition(TestTokens.organizer(), id, "approve", null).then().statusCode(200);
        return id;
    }

    /** The participant's badge scanned in at the main door. */
    private static void admit(String conference, String participant, String scannedAt) {
        String code = given().auth().oauth2(TestTokens.organizer()).get("/api/v1/participants/{id}/badge", participant).path("code");
        given().auth().oauth2(TestTokens.door()).contentType("application/json").body(Map.of("code", code, "door", "main",
                        "direction", "entry", "scannedAt", scannedAt, "nonce", participant + "-" + scannedAt.substring(0, 10)))
                .post("/api/v1/conferences/{c}/check-in/scans", conference).then().statusCode(200).body("outcome", equalTo("admitted"));
    }

    private static String talkJson(String id, String conference, String session, String speaker, String titleRu, long version) {
        return """
                {"talk": {"id": "%s", "conferenceId": "%s", "sessionId": "%s", "title": {"en": "Talk %d", "ru": "%s"},
                 "startsAt": "2024-09-04T10:00:00+05:00", "endsAt": "2024-09-04T10:20:00+05:00", "language": "ru",
                 "speakerIds": ["%s"], "version": %d}}""".formatted(id, conference, session, version, titleRu, speaker, version);
    }

    private static org.apache.kafka.clients.producer.RecordMetadata agendaEvent(EventType<?> type, String key, String payload) {
        return Redelivery.send(Topics.AGENDA, key, Map.of(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE,
                CloudEventHeaders.ID, UUID.randomUUID().toString(), CloudEventHeaders.TYPE, type.type(),
                CloudEventHeaders.SOURCE, "/agenda-service", CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON), payload);
    }

    /** A Russian-speaking delegate registered by an organizer; @return the participant's id */
    private static String delegate(String conference, String registration) {
        return Fixtures.register(TestTokens.organizer(), conference, registration).then().statusCode(201).extract().path("id");
    }

    /** The request approved by an organizer; @return the issued letter's reference */
    private static String issue(String letter) {
        return given().auth().oauth2(TestTokens.organizer()).contentType("application/json").body(Map.of("decision", "approve"))
                .post("/api/v1/visa-letters/{id}/decision", letter).then().statusCode(200).extract().path("reference");
    }

    /** The latest registration event of {@code type} (e.g. visa-letter.issued) under the key, as published. */
    private static String lastEvent(String key, String type) {
        try (TopicReader reader = new TopicReader(Topics.REGISTRATION)) {
            List<ConsumerRecord<String, String>> records = reader.readKeyUntil(key,
                    r -> new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8).endsWith(type),
                    Duration.ofSeconds(30));
            return records.get(records.size() - 1).value();
        }
    }

    private static Response request(String token, String participant, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/api/v1/participants/{id}/visa-letters", participant);
    }
}
