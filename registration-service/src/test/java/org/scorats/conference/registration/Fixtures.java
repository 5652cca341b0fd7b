package org.scorats.conference.registration;

import io.restassured.response.Response;
import org.scorats.conference.conventions.TestTokens;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Builds what a test needs through the service's own API, as an organizer would. Every
 * conference gets a fresh id, so tests sharing the database never see each other's data.
 */
final class Fixtures {

    static final String OPEN = "2020-01-01T00:00:00+05:00";
    static final String CLOSES = "2099-01-01T00:00:00+05:00";

    private Fixtures() {
    }

    static String conference(int capacity) {
        return conference(capacity, "flag", OPEN, CLOSES);
    }

    static String conference(int capacity, String lateArrivalPolicy, String opens, String closes) {
        String id = "conf-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(TestTokens.organizer()).contentType("application/json")
                .body(conferenceJson(id, capacity, lateArrivalPolicy, opens, closes))
                .post("/api/v1/conferences").then().statusCode(201);
        return id;
    }

    static String conferenceJson(String id, int capacity, String lateArrivalPolicy, String opens, String closes) {
        return """
                {"id": "%s",
                 "name": {"en": "10th International Scientific and Practical Conference", "zh": "第十届国际科学与实践会议",
                          "ru": "X Международная научно-практическая конференция"},
                 "startDate": "2024-09-04", "endDate": "2024-09-05", "timeZone": "Asia/Tashkent",
                 "venue": {"en": "22 Durmon Yo'li, Tashkent", "ru": "Ташкент, ул. Дурмон йули, 22"},
                 "languages": ["en", "zh", "ru"], "capacity": %d,
                 "arrivalDeadline": "2024-09-03T23:59:00+05:00", "lateArrivalPolicy": "%s",
                 "registrationOpensAt": "%s", "registrationClosesAt": "%s",
                 "contacts": {"phone": "+998 78 120 43 66", "email": "conference@example.org",
                              "emergencyNumbers": [{"service": "fire", "number": "101"}, {"service": "police", "number": "102"},
                                                   {"service": "ambulance", "number": "103"}, {"service": "emergency", "number": "105"}]}}
                """.formatted(id, capacity, lateArrivalPolicy, opens, closes);
    }

    /** An organization with a fresh code, e.g. {@code CIS-1A2B3C}. */
    static String organization(String prefix, String kind) {
        String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        given().auth().oauth2(TestTokens.organizer()).contentType("application/json")
                .body(Map.of("code", code, "name", Map.of("en", prefix + " organization", "ru", "Организация " + prefix,
                        "zh", prefix + "组织"), "kind", kind))
                .post("/api/v1/organizations").then().statusCode(201);
        return code;
    }

    static String delegation(String conferenceId, String organizationCode, int seatQuota) {
        return given().auth().oauth2(TestTokens.organizer()).contentType("application/json")
                .body(Map.of("organizationCode", organizationCode, "seatQuota", seatQuota))
                .post("/api/v1/conferences/{c}/delegations", conferenceId)
                .then().log().ifValidationFails().statusCode(201).extract().path("id");
    }

    /** The invitation code for people registering themselves into a delegation, issued by an organizer. */
    static String invitation(String delegationId) {
        return given().auth().oauth2(TestTokens.organizer()).post("/api/v1/delegations/{id}/invitation", delegationId)
                .then().statusCode(201).extract().path("code");
    }

    /**
     * A registration as the delegate {@code subject} sends it for themself: with their account's
     * verified email ({@link TestTokens#delegate}) and the delegation's invitation code.
     */
    static String asSelf(String body, String subject, String invitationCode) {
        return body.replaceFirst("\"email\": \"[^\"]*\"", "\"email\": \"" + TestTokens.emailOf(subject) + "\"")
                .replaceFirst("\\{", "{\"invitationCode\": \"" + invitationCode + "\", ");
    }

    /** A registration in Cyrillic, as a Russian-speaking delegate would send it. */
    static String russianDelegate(String organizationCode, String email) {
        return """
                {"organizationCode": "%s", "givenName": "Иван", "familyName": "Петров",
                 "givenNameLatin": "Ivan", "familyNameLatin": "Petrov", "email": "%s",
                 "phone": "+7 495 000 00 00", "telegram": "@ipetrov", "language": "ru", "role": "delegate",
                 "attendance": "in-person",
                 "arrival": {"at": "2024-09-03T18:40:00+05:00", "transport": "flight", "reference": "HY 602"},
                 "privacyConsent": true, "publicListingConsent": true,
                 "passportNumber": "75 1234567", "dateOfBirth": "1980-04-12"}
                """.formatted(organizationCode, email);
    }

    /** A registration in Chinese script. */
    static String chineseDelegate(String organizationCode, String email) {
        return """
                {"organizationCode": "%s", "givenName": "伟", "familyName": "张",
                 "givenNameLatin": "Wei", "familyNameLatin": "Zhang", "email": "%s",
                 "language": "zh", "role": "speaker", "attendance": "remote",
                 "privacyConsent": true, "publicListingConsent": false}
                """.formatted(organizationCode, email);
    }

    static String email() {
        return "p-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    static Response register(String token, String conferenceId, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/api/v1/conferences/{c}/participants", conferenceId);
    }

    static Response transition(String token, String participantId, String action, String reason) {
        var body = reason == null ? Map.of("action", action) : Map.of("action", action, "reason", reason);
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/api/v1/participants/{id}/transitions", participantId);
    }

    static OffsetDateTime deadline() {
        return OffsetDateTime.parse("2024-09-03T23:59:00+05:00");
    }
}
