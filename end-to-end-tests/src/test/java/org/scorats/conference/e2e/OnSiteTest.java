package org.scorats.conference.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scorats.conference.localstack.ApiClient;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The days on site through the gateway with Keycloak tokens: a badge fetched by the partner and
 * verified offline by the reference verifier (a separate process with no network) against the door
 * list the door device downloaded; scans in, again, out; a withdrawal refusing the badge at the
 * door and in the next door list; an offline batch with a duplicate nonce; forged badges and a
 * delegate's scan refused; a partner reading only its own arrivals; an arrival change reaching
 * the logistics desk's inbox; after the conference, a certificate revoked and its holder told by mail.
 */
@Order(2)
@ExtendWith(Platform.Extension.class)
class OnSiteTest {

    private static final Path VERIFIER = Path.of("../door-verifier/target/door-verifier.jar");
    private static final String DAY_ONE = "2024-09-04";
    private static final String MORNING = "2024-09-04T08:50:00+05:00";

    private final Platform platform;
    private final ApiClient api;

    OnSiteTest(Platform platform) {
        this.platform = platform;
        this.api = platform.api();
    }

    @Test
    void fromBadgeToDoorOnlineAndOfflineAndTheArrivalBoard(@TempDir Path dir) throws Exception {
        String conference = platform.newConference("CIS-ATC", "CSTO");
        String c = "/api/v1/conferences/" + conference;
        String organizer = platform.user("organizer");
        String atc = platform.partner("cis-atc-sync");
        String door = platform.door();
        String sokolov = register(c, organizer, "CIS-ATC", "Алексей", "Соколов", "Aleksei", "Sokolov", "2024-09-03T18:40:00+05:00", "HY 602");
        String karimova = register(c, organizer, "CIS-ATC", "Дилноза", "Каримова", "Dilnoza", "Karimova", "2024-09-03T20:10:00+05:00", "HY 054");
        String orlov = register(c, organizer, "CSTO", "Олег", "Орлов", "Oleg", "Orlov", "2024-09-03T17:00:00+05:00", "SU 1870");
        for (String id : List.of(sokolov, karimova, orlov)) {
            api.post("/api/v1/participants/" + id + "/transitions", organizer, Map.of("action", "approve")).expect(200);
        }

        // The partner fetches its delegate's badge; the door device pins the keys and downloads the day's list.
        JsonNode badge = api.get("/api/v1/participants/" + sokolov + "/badge", atc).expect(200).body();
        String token = badge.path("token").asText();
        assertThat(api.send("GET", "/api/v1/participants/" + sokolov + "/badge.pdf", atc, null, Map.of("Accept", "application/pdf"))
                .expect(200).header("Content-Type")).startsWith("application/pdf");
        Path keys = Files.writeString(dir.resolve("badge-keys.json"), api.get(c + "/badge-keys", null).expect(200).text());
        Path list = Files.writeString(dir.resolve("door-list.json"),
                api.get(c + "/door-list?day=" + DAY_ONE, door).expect(200).text());
        Verified offline = verify(keys, list, token);
        assertThat(offline.exit()).as(offline.output()).isZero();
        assertThat(offline.output()).contains("\"outcome\":\"valid\"", "Алексей Соколов");

        // At the door, online: in, in again, out.
        assertThat(scan(c, door, Map.of("token", token), "entry", MORNING, "main-1").path("outcome").asText()).isEqualTo("admitted");
        assertThat(api.get("/api/v1/participants/" + sokolov, organizer).expect(200).body().path("status").asText())
                .isEqualTo("checked-in");
        assertThat(scan(c, door, Map.of("token", token), "entry", "2024-09-04T08:51:00+05:00", "main-2").path("outcome").asText())
                .isEqualTo("already-inside");
        assertThat(scan(c, door, Map.of("code", badge.path("printedCode").asText()), "exit", "2024-09-04T13:00:00+05:00", "main-3")
                .path("outcome").asText()).isEqualTo("exited");

        // Withdrawn: the door refuses the badge, and so does the next door list offline.
        String karimovaToken = api.get("/api/v1/participants/" + karimova + "/badge", atc).expect(200).body().path("token").asText();
        api.post("/api/v1/participants/" + karimova + "/transitions", atc, Map.of("action", "withdraw")).expect(200);
        assertThat(scan(c, door, Map.of("token", karimovaToken), "entry", MORNING, "main-4").path("outcome").asText())
                .isEqualTo("revoked");
        Files.writeString(list, api.get(c + "/door-list?day=" + DAY_ONE, door).expect(200).text());
        Verified refused = verify(keys, list, karimovaToken);
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.output()).contains("\"outcome\":\"revoked\"");

        // Offline at the side door; the upload repeats a nonce and is then sent again whole.
        String orlovToken = api.get("/api/v1/participants/" + orlov + "/badge", organizer).expect(200).body().path("token").asText();
        List<Map<String, Object>> scans = List.of(
                scanBody(Map.of("token", orlovToken), "side-entrance", "entry", "2024-09-04T08:40:00+05:00", "side-1"),
                scanBody(Map.of("token", orlovToken), "side-entrance", "entry", "2024-09-04T08:40:00+05:00", "side-1"),
                scanBody(Map.of("token", orlovToken), "side-entrance", "exit", "2024-09-04T12:00:00+05:00", "side-2"));
        JsonNode batch = api.post(c + "/check-in/scan-batches", door, Map.of("scans", scans)).expect(200).body();
        assertThat(batch.path("results").findValuesAsText("outcome")).containsExactly("admitted", "admitted", "exited");
        assertThat(batch.path("results").findValuesAsText("replayed")).containsExactly("false", "true", "false");
        api.post(c + "/check-in/scan-batches", door, Map.of("scans", scans)).expect(200);
        assertThat(api.get("/api/v1/participants/" + orlov + "/scans", organizer).expect(200).body()).hasSize(2);
        JsonNode day = api.get(c + "/check-in/statistics", door).expect(200).body().path("days").path(0);
        assertThat(day.path("admitted").asInt()).isEqualTo(2);
        assertThat(day.path("inside").asInt()).isZero();

        // Refused, and nothing recorded: a forged badge, a delegate scanning.
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "A".repeat(86);
        Map<String, Object> forgedScan = scanBody(Map.of("token", forged), "main-entrance", "entry", MORNING, "main-5");
        assertThat(api.post(c + "/check-in/scans", door, forgedScan).expect(422).body().path("code").asText()).isEqualTo("badge-forged");
        api.post(c + "/check-in/scans", platform.user("delegate"), scanBody(Map.of("token", token), "main-entrance", "entry",
                MORNING, "main-6")).expect(403);
        assertThat(api.get("/api/v1/participants/" + sokolov + "/scans", organizer).expect(200).body()).hasSize(3);

        // Arrivals: the partner sees its own people only; a changed flight reaches the logistics desk.
        JsonNode arrivals = api.get(c + "/arrivals", atc).expect(200).body();
        assertThat(arrivals.path("arrivals").findValuesAsText("organization")).containsOnly("CIS-ATC").hasSize(1);
        assertThat(api.get(c + "/arrivals", organizer).expect(200).body().path("arrivals").findValuesAsText("participantId"))
                .containsExactly(orlov, sokolov);
        ApiClient.Answer read = api.get("/api/v1/participants/" + orlov, organizer).expect(200);
        Map<String, Object> changed = person("CSTO", "Олег", "Орлов", "Oleg", "Orlov", read.body().path("email").asText(),
                "2024-09-03T22:30:00+05:00", "SU 1872");
        api.send("PUT", "/api/v1/participants/" + orlov, organizer, changed, Map.of("If-Match", read.header("ETag"))).expect(200);
        JsonNode notice = Platform.await("the flight change at the logistics desk", Platform.MAIL_WAIT, () -> {
            JsonNode items = api.get(c + "/logistics-inbox", organizer).expect(200).body().path("items");
            return items.isEmpty() ? null : items.get(0);
        });
        assertThat(notice.path("before").path("reference").asText()).isEqualTo("SU 1870");
        assertThat(notice.path("after").path("reference").asText()).isEqualTo("SU 1872");

        // After the conference: the certificate of someone let in at the door, then revoked by an organizer;
        // its check answers revoked, it is not issued again, and its holder is told by mail in Russian.
        assertThat(api.send("GET", "/api/v1/participants/" + sokolov + "/certificate.pdf", atc, null,
                Map.of("Accept", "application/pdf")).expect(200).header("Content-Type")).startsWith("application/pdf");
        String reference = api.post("/api/v1/participants/" + sokolov + "/certificate/revocation", organizer,
                Map.of("reason", "Допущен по бейджу коллеги")).expect(200).body().path("reference").asText();
        assertThat(api.get("/api/v1/documents/" + reference, null).expect(200).body().path("status").asText()).isEqualTo("revoked");
        api.send("GET", "/api/v1/participants/" + sokolov + "/certificate.pdf", atc, null, Map.of("Accept", "application/pdf"))
                .expect(409);
        assertThat(api.get(c + "/certificates?status=revoked", organizer).expect(200).body().path("items")
                .findValuesAsText("reference")).containsExactly(reference);
        String sokolovEmail = api.get("/api/v1/participants/" + sokolov, organizer).expect(200).body().path("email").asText();
        // Within the mail burst window it may share one mail with the approval's and check-in's notices.
        var revoked = platform.awaitMail(sokolovEmail, m -> m.text().contains(reference));
        assertThat(revoked.text()).contains("Ваш сертификат участника", "отозван", "Причина: Допущен по бейджу коллеги");
        Platform.report("on site", "badge verified offline by the reference verifier, 6 scans recorded, 2 refused "
                + "unrecorded, a duplicate nonce counted once, the flight change at the desk, certificate %s revoked "
                + "and mailed", reference);
    }

    private String register(String c, String organizer, String organization, String given, String family, String givenLatin,
                            String familyLatin, String arrival, String flight) {
        return api.post(c + "/participants", organizer, person(organization, given, family, givenLatin, familyLatin,
                "os-" + UUID.randomUUID().toString().substring(0, 8) + "@site.example", arrival, flight))
                .expect(201).body().path("id").asText();
    }

    private static Map<String, Object> person(String organization, String given, String family, String givenLatin,
                                              String familyLatin, String email, String arrival, String flight) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("organizationCode", organization);
        person.put("givenName", given);
        person.put("familyName", family);
        person.put("givenNameLatin", givenLatin);
        person.put("familyNameLatin", familyLatin);
        person.put("email", email);
        person.put("language", "ru");
        person.put("role", "delegate");
        person.put("attendance", "in-person");
        person.put("arrival", Map.of("at", arrival, "transport", "flight", "reference", flight));
        person.put("privacyConsent", true);
        return person;
    }

    private JsonNode scan(String c, String token, Map<String, String> badge, String direction, String at, String nonce) {
        return api.post(c + "/check-in/scans", token, scanBody(badge, "main-entrance", direction, at, nonce)).expect(200).body();
    }

    private static Map<String, Object> scanBody(Map<String, String> badge, String door, String direction, String at, String nonce) {
        Map<String, Object> body = new LinkedHashMap<>(badge);
        body.put("door", door);
        body.put("direction", direction);
        body.put("scannedAt", at);
        body.put("nonce", nonce);
        return body;
    }

    record Verified(int exit, String output) {
    }

    /** The reference verifier as a door device runs it: its own process, files only. */
    private static Verified verify(Path keys, Path list, String token) throws IOException, InterruptedException {
        assertThat(VERIFIER).as("built by the door-verifier module's package phase").exists();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", VERIFIER.toString(), "--keys", keys.toString(),
                "--door-list", list.toString(), "--at", "2024-09-04T04:00:00Z", token));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Verified(process.exitValue(), output);
    }
}
