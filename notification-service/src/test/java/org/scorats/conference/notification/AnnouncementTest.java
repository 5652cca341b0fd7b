package org.scorats.conference.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.TestTokens;
import org.scorats.conference.devinfra.SmtpServer.ReceivedMail;
import org.scorats.conference.devinfra.testing.WebhookReceiver;
import org.scorats.conference.events.notification.NotificationEvents;
import org.scorats.conference.notification.NotificationFixtures.Person;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.scorats.conference.notification.NotificationFixtures.onlyMailTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Organizers tell a chosen part of the participants something: inbox and mail, in each reader's language, once. */
@QuarkusTest
class AnnouncementTest {

    private static final Map<String, Object> BUSES = Map.of(
            "subject", Map.of("en", "Buses to the venue on 4 September", "ru", "Автобусы к месту проведения 4 сентября"),
            "text", Map.of("en", "Buses leave the hotel at 08:15 and 08:45.\nBring <your badge> & passport.",
                    "ru", "Автобусы отправляются от гостиницы в 08:15 и 08:45.\nВозьмите <бейдж> и паспорт."),
            "audience", Map.of("attendance", "in-person"));
    /** The same to everyone approved or checked in. */
    private static final Map<String, Object> BUSES_TO_ALL = Map.of("subject", BUSES.get("subject"), "text", BUSES.get("text"));

    @Inject
    NotificationFixtures fixtures;

    @Inject
    EntityManager entityManager;

    @Test
    void theChosenPeopleAreToldInTheirLanguageByInboxAndMailAndTheOrganizersSeeHowFarItGot() {
        String conference = fixtures.conference();
        Person ivan = fixtures.person(conference, "CIS-ANN", "ru", "Иван", "Петров");
        Person wei = fixtures.person(conference, "CN-ANN", "zh", "伟", "张");
        Person remote = fixtures.person(conference, "CN-ANN", "en", "Remote", "Speaker");
        Person pending = fixtures.person(conference, "CIS-ANN", "en", "Still", "Submitted");
        Person gone = fixtures.person(conference, "CIS-ANN", "en", "Has", "Withdrawn");
        fixtures.known(ivan, "approved");
        fixtures.known(wei, "checked-in");
        fixtures.known(remote, "approved", "speaker", "remote");
        fixtures.known(pending, "submitted");
        fixtures.known(gone, "withdrawn");

        JsonPath preview = given().auth().oauth2(TestTokens.organizer()).contentType(ContentType.JSON).body(BUSES)
                .post("/api/v1/conferences/{c}/announcement-previews", conference).then().statusCode(200).extract().jsonPath();
        assertThat(preview.getInt("recipients")).isEqualTo(2);
        assertThat(preview.getMap("fallbacks")).isEqualTo(Map.of("zh", "en"));
        list(conference, 10).body("items.size()", equalTo(0)); // a preview sends nothing

        JsonPath sent = send(conference, BUSES).statusCode(201).extract().jsonPath();
        assertThat(sent.getMap("recipientsByLanguage")).isEqualTo(preview.getMap("recipientsByLanguage"));
        String id = sent.getString("id");
        assertThat(sent.getInt("recipients")).as("approved or checked-in, in person").isEqualTo(2);
        assertThat(sent.getMap("recipientsByLanguage")).isEqualTo(Map.of("ru", 1, "zh", 1));
        assertThat(sent.getMap("fallbacks")).as("no Chinese given: Wei reads English").isEqualTo(Map.of("zh", "en"));
        assertThat(sent.getList("audience.statuses")).containsExactly("approved", "checked-in");
        assertThat(sent.getString("sentBy")).isEqualTo("organizer-1");

        ReceivedMail russian = onlyMailTo(ivan);
        assertThat(russian.subject()).isEqualTo("Автобусы к месту проведения 4 сентября: X конференция РАТС ШОС");
        assertThat(russian.text()).contains("Сообщение организаторов", "Автобусы отправляются от гостиницы в 08:15 и 08:45.", "Возьмите <бейдж> и паспорт.");
        assertThat(russian.html()).as("the organizers' words are text, not markup")
                .contains("Возьмите &lt;бейдж&gt; и паспорт.").doesNotContain("<бейдж>");
        ReceivedMail chinese = onlyMailTo(wei);
        assertThat(chinese.subject()).isEqualTo("Buses to the venue on 4 September：上合组织地区反恐怖机构第十届会议");
        assertThat(chinese.text()).contains("组委会通知", "Bring <your badge> & passport.");
        for (Person notInIt : List.of(remote, pending, gone)) {
            assertThat(noticesOf(notInIt)).as(notInIt.givenName()).isZero();
        }

        JsonPath inbox = given().auth().oauth2(TestTokens.delegate(ivan.accountSubject()))
                .get("/api/v1/conferences/{c}/inbox", conference).then().statusCode(200).extract().jsonPath();
        assertThat(inbox.getString("items[0].kind")).isEqualTo("announcement");
        assertThat(inbox.getString("items[0].title")).isEqualTo(russian.subject());
        given().auth().oauth2(TestTokens.delegate(ivan.accountSubject())).post("/api/v1/inbox/{id}/read", inbox.getString("items[0].id"))
                .then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.organizer())
                .get("/api/v1/announcements/{id}", id).then().statusCode(200)
                .body("delivery.sent", equalTo(2)).body("delivery.pending", equalTo(0)).body("delivery.read", equalTo(1)));

        // Speakers of one organization, whatever their attendance: only the remote speaker.
        String second = send(conference, Map.of("subject", Map.of("en", "Your slides"),
                "text", Map.of("en", "Please send your slides by Monday."),
                "audience", Map.of("statuses", List.of("approved"), "organizations", List.of("CN-ANN"), "roles", List.of("speaker"))))
                .statusCode(201).body("recipients", equalTo(1)).extract().path("id");
        assertThat(onlyMailTo(remote).subject()).isEqualTo("Your slides: 10th Conference of SCO RATS");

        JsonPath first = list(conference, 1).extract().jsonPath();
        assertThat(first.getString("items[0].id")).as("newest first").isEqualTo(second);
        JsonPath next = given().auth().oauth2(TestTokens.organizer()).queryParam("limit", 1)
                .queryParam("cursor", first.getString("nextCursor"))
                .get("/api/v1/conferences/{c}/announcements", conference).then().statusCode(200).extract().jsonPath();
        assertThat(next.getList("items.id")).containsExactly(id);
        assertThat(next.getInt("items[0].delivery.sent")).isEqualTo(2);
        assertThat(next.getString("nextCursor")).isNull();

        // The audit trail names who sent what.
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/audit/notification?resource=announcements&resourceId={id}", id)
                .then().statusCode(200).body("items[0].action", equalTo("create")).body("items[0].actorSubject", equalTo("organizer-1"));
    }

    @Test
    void eachOrganizationsPartnerHearsWhatItsOwnPeopleWereToldAndOfNobodyElse() throws Exception {
        String conference = fixtures.conference();
        Person ivan = fixtures.person(conference, "CIS-AWH", "ru", "Иван", "Петров");
        Person olga = fixtures.person(conference, "CIS-AWH", "ru", "Ольга", "Смирнова");
        Person wei = fixtures.person(conference, "CN-AWH", "zh", "伟", "张");
        for (Person p : List.of(ivan, olga, wei)) {
            fixtures.known(p, "approved");
        }
        String type = NotificationEvents.ANNOUNCEMENT_SENT.type();
        String cisSecret = WebhookReceiver.newSecret();
        String cnSecret = WebhookReceiver.newSecret();
        try (WebhookReceiver cis = new WebhookReceiver(cisSecret); WebhookReceiver cn = new WebhookReceiver(cnSecret)) {
            subscribe(TestTokens.partner("CIS-AWH"), cis, cisSecret, type);
            subscribe(TestTokens.partner("CN-AWH"), cn, cnSecret, type);

            String first = send(conference, BUSES_TO_ALL).statusCode(201).extract().path("id");
            JsonPath toCis = JsonPath.from(awaitRequests(cis, 1).get(0).body());
            assertThat(cis.received().get(0).signatureValid()).isTrue();
            assertThat(toCis.getString("type")).isEqualTo(type);
            assertThat(toCis.getString("data.announcementId")).isEqualTo(first);
            assertThat(toCis.getString("data.organizationCode")).isEqualTo("CIS-AWH");
            assertThat(toCis.getList("data.participantIds")).as("its own people only")
                    .containsExactlyInAnyOrder(ivan.id().toString(), olga.id().toString());
            assertThat(toCis.getMap("data.subject")).isEqualTo(BUSES.get("subject"));
            assertThat(toCis.getMap("data.text")).isEqualTo(BUSES.get("text"));
            assertThat(toCis.getString("data.sentAt")).endsWith("+05:00"); // the conference's time zone
            JsonPath toCn = JsonPath.from(awaitRequests(cn, 1).get(0).body());
            assertThat(toCn.getList("data.participantIds")).containsExactly(wei.id().toString());

            // Told to one organization's people: only its partner hears of it; no event names the other.
            Map<String, Object> chineseOnly = new java.util.HashMap<>(BUSES_TO_ALL);
            chineseOnly.put("audience", Map.of("organizations", List.of("CN-AWH")));
            String second = send(conference, chineseOnly).statusCode(201).extract().path("id");
            assertThat(JsonPath.from(awaitRequests(cn, 2).get(1).body()).getString("data.announcementId")).isEqualTo(second);
            assertThat(eventsAbout(second)).containsExactly("CN-AWH");
            assertThat(cis.received()).hasSize(1);
        }
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyTellsNobodyTwice() {
        String conference = fixtures.conference();
        Person ivan = fixtures.person(conference, "CIS-ANN", "ru", "Иван", "Сидоров");
        fixtures.known(ivan, "approved");
        String key = UUID.randomUUID().toString();

        String id = given().auth().oauth2(TestTokens.organizer()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(BUSES).post("/api/v1/conferences/{c}/announcements", conference).then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.organizer()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(BUSES).post("/api/v1/conferences/{c}/announcements", conference)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));

        assertThat(onlyMailTo(ivan).subject()).startsWith("Автобусы");
        assertThat(noticesOf(ivan)).isEqualTo(1);
        list(conference, 10).body("items.size()", equalTo(1));
    }

    @Test
    void whatCannotBeSentIsRefusedNamingTheFieldAndNothingIsSent() {
        String conference = fixtures.conference();
        Person waiting = fixtures.person(conference, "CIS-ANN", "en", "On", "Waitlist");
        fixtures.known(waiting, "waitlisted");

        send(conference, BUSES).statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("empty-audience"));
        given().auth().oauth2(TestTokens.organizer()).contentType(ContentType.JSON).body(BUSES)
                .post("/api/v1/conferences/{c}/announcement-previews", conference)
                .then().statusCode(200).body("recipients", equalTo(0)).body("recipientsByLanguage.size()", equalTo(0));
        given().auth().oauth2(TestTokens.organizer()).contentType(ContentType.JSON)
                .body(Map.of("subject", Map.of("en", "Two\nlines"), "text", Map.of("en", "Text")))
                .post("/api/v1/conferences/{c}/announcement-previews", conference)
                .then().statusCode(400).body("errors.field", hasItem("subject.en"));
        refused(conference, Map.of("subject", Map.of("en", "Two\nlines"), "text", Map.of("en", "Text")), "subject.en");
        refused(conference, Map.of("subject", Map.of("en", "S".repeat(201)), "text", Map.of("en", "Text")), "subject.en");
        refused(conference, Map.of("subject", Map.of("en", "Subject", "zh", "主题"), "text", Map.of("en", "Text")), "text.zh");
        refused(conference, Map.of("subject", Map.of("en", "Subject"), "text", Map.of("en", "Text", "ru", "Текст")), "subject.ru");
        refused(conference, Map.of("subject", Map.of("ru", "Тема"), "text", Map.of("ru", "Текст")), "subject.en");
        refused(conference, Map.of("subject", Map.of("en", "Subject"), "text", Map.of("en", "Text\u0000")), "text.en");
        refused(conference, Map.of("subject", Map.of("en", "Subject"), "text", Map.of("en", "Text"),
                "audience", Map.of("statuses", List.of("withdrawn"))), "audience.statuses[0]");
        refused(conference, Map.of("subject", Map.of("en", "Subject"), "text", Map.of("en", "Text"),
                "audience", Map.of("attendance", "hybrid")), "audience.attendance");
        refused(conference, Map.of("subject", Map.of("en", "Subject"), "text", Map.of("en", "Text"),
                "audience", Map.of("roles", "speaker")), "audience.roles");
        list(conference, 10).body("items.size()", equalTo(0));
        assertThat(noticesOf(waiting)).isZero();

        // Waitlisted people can be told, when chosen.
        send(conference, Map.of("subject", Map.of("en", "Seats"), "text", Map.of("en", "We are adding seats."),
                "audience", Map.of("statuses", List.of("waitlisted")))).statusCode(201).body("recipients", equalTo(1));

        send("no-such-conference", BUSES).statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/announcements/{id}", UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(TestTokens.organizer()).queryParam("cursor", "bm90LWEtY3Vyc29y")
                .get("/api/v1/conferences/{c}/announcements", conference)
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void onlyOrganizersAnnounceOrReadWhatWasAnnounced() {
        String conference = fixtures.conference();
        for (String token : List.of(TestTokens.partner("CIS-ANN"), TestTokens.delegate("delegate-ann"))) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(BUSES)
                    .post("/api/v1/conferences/{c}/announcements", conference).then().statusCode(403);
            given().auth().oauth2(token).get("/api/v1/conferences/{c}/announcements", conference).then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(BUSES)
                    .post("/api/v1/conferences/{c}/announcement-previews", conference).then().statusCode(403);
            given().auth().oauth2(token).get("/api/v1/announcements/{id}", UUID.randomUUID()).then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(BUSES).post("/api/v1/conferences/{c}/announcements", conference)
                .then().statusCode(401);
        given().get("/api/v1/conferences/{c}/announcements", conference).then().statusCode(401);
        list(conference, 10).body("items.size()", equalTo(0));
    }

    private static ValidatableResponse send(String conference, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.organizer()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/conferences/{c}/announcements", conference).then();
    }

    private static void refused(String conference, Map<String, Object> body, String field) {
        send(conference, body).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body(not(containsString("Exception")));
    }

    private static ValidatableResponse list(String conference, int limit) {
        return given().auth().oauth2(TestTokens.organizer()).queryParam("limit", limit)
                .get("/api/v1/conferences/{c}/announcements", conference).then().statusCode(200);
    }

    /** The organizations the announcement's events were published for. */
    @SuppressWarnings("unchecked")
    private List<String> eventsAbout(String announcement) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "SELECT payload ->> 'organizationCode' FROM outbox_message WHERE subject = :subject")
                .setParameter("subject", "announcements/" + announcement).getResultList());
    }

    private static String subscribe(String partner, WebhookReceiver receiver, String secret, String type) {
        return given().auth().oauth2(partner).contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(), "eventTypes", List.of(type), "secret", secret))
                .post("/api/v1/webhook-subscriptions").then().statusCode(201).extract().path("id");
    }

    private static List<WebhookReceiver.Received> awaitRequests(WebhookReceiver receiver, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(receiver::received, r -> r.size() >= count);
    }

    private long noticesOf(Person person) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "SELECT count(n) FROM Notice n WHERE n.recipientId = :id", Long.class)
                .setParameter("id", person.id()).getSingleResult());
    }
}
