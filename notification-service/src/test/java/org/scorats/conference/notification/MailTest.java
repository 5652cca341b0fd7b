package org.scorats.conference.notification;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.Redelivery;
import org.scorats.conference.conventions.TestTokens;
import org.scorats.conference.conventions.TopicReader;
import org.scorats.conference.devinfra.SmtpServer.ReceivedMail;
import org.scorats.conference.devinfra.testing.MailCatcher;
import org.scorats.conference.devinfra.testing.SharedServers;
import org.scorats.conference.events.CloudEventHeaders;
import org.scorats.conference.events.Topics;
import org.scorats.conference.events.agenda.ProgramChange;
import org.scorats.conference.events.registration.RegistrationEvents;
import org.scorats.conference.notification.NotificationFixtures.Person;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.scorats.conference.notification.NotificationFixtures.onlyMailTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Events from the real broker become email at a real SMTP server, in the recipient's language, once. */
@QuarkusTest
class MailTest {

    @Inject
    NotificationFixtures fixtures;

    @Inject
    EntityManager entityManager;

    private final MailCatcher smtp = SharedServers.smtp();

    @AfterEach
    void smtpBackUp() {
        smtp.resume();
    }

    @Test
    void anApprovalIsMailedOnceInRussianWithEverythingATravellerNeeds() {
        String conference = fixtures.conference();
        Person ivan = fixtures.person(conference, "CIS-ATC", "ru", "Иван", "Петров");
        fixtures.registration(RegistrationEvents.PARTICIPANT_APPROVED, ivan, "approved", "submitted", null);

        ReceivedMail mail = onlyMailTo(ivan);
        assertThat(mail.subject()).isEqualTo("Ваша регистрация подтверждена: X конференция РАТС ШОС");
        assertThat(mail.text()).startsWith("Уважаемый(ая) Иван Петров!")
                .contains("Место проведения: Ташкент, ул. Дурмон йули, 22")
                .contains("3 сентября 2024")
                .contains("+998 78 120 43 66")
                .contains("пожарная охрана 101, полиция 102, скорая помощь 103, служба спасения 105");
        assertThat(mail.html()).contains("<html lang=\"ru\">").contains("<strong>X конференция РАТС ШОС</strong>");
    }

    @Test
    void anApprovedRegistrationChangedInWhoItIsForIsToldItIsUnderReviewAgain() {
        String conference = fixtures.conference();
        Person ivan = fixtures.person(conference, "CIS-ATC", "ru", "Пётр", "Петров");
        fixtures.registration(RegistrationEvents.PARTICIPANT_UPDATED, ivan, "submitted", "approved",
                "Changed after approval: givenName");

        ReceivedMail mail = onlyMailTo(ivan);
        assertThat(mail.subject()).isEqualTo("Ваша регистрация снова на рассмотрении: X конференция РАТС ШОС");
        assertThat(mail.text()).contains("организаторы рассмотрят её повторно");
    }

    @Test
    void anIssuedVisaLetterIsMailedInTheApplicantsLanguageWithItsReference() {
        String conference = fixtures.conference();
        Person chen = fixtures.person(conference, "CN", "zh", "静", "陈");
        fixtures.known(chen, "approved");
        fixtures.visaLetterIssued(chen, "CONF-VL-7K3M9QX2");

        ReceivedMail mail = onlyMailTo(chen);
        assertThat(mail.text()).contains("签证邀请函已备妥").contains("CONF-VL-7K3M9QX2");
        assertThat(mail.subject()).contains("签证邀请函");
    }

    @Test
    void aRevokedVisaLetterIsMailedWithTheReasonSoTheApplicantDoesNotTakeItToTheEmbassy() {
        String conference = fixtures.conference();
        Person ivan = fixtures.person(conference, "CIS-ATC", "ru", "Иван", "Петров");
        fixtures.known(ivan, "approved");
        fixtures.visaLetterRevoked(ivan, "CONF-VL-2B8W4NQ7", "Дата поездки изменилась", null);

        ReceivedMail mail = onlyMailTo(ivan);
        assertThat(mail.subject()).isEqualTo("Ваше письмо-приглашение для визы отозвано: X конференция РАТС ШОС");
        assertThat(mail.text()).contains("CONF-VL-2B8W4NQ7", "отозвано", "Причина: Дата поездки изменилась")
                .doesNotContain("готово");
    }

    @Test
    void aRevokedCertificateIsMailedInTheHoldersLanguageSoThePaperIsNotShownAsProof() {
        String conference = fixtures.conference();
        Person ivan = fixtures.person(conference, "CIS-ATC", "ru", "Иван", "Петров");
        Person chen = fixtures.person(conference, "CN", "zh", "静", "陈");
        fixtures.known(ivan, "checked-in");
        fixtures.known(chen, "checked-in");
        fixtures.certificateRevoked(ivan, "CONF-AC-7K3M9QX2", "Допущен по бейджу коллеги", null);
        fixtures.certificateRevoked(chen, "CONF-AC-4D2N8RT5", "Admitted on a badge lent to a colleague", null);

        ReceivedMail russian = onlyMailTo(ivan);
        assertThat(russian.subject()).isEqualTo("Ваш сертификат участника отозван: X конференция РАТС ШОС");
        assertThat(russian.text()).contains("CONF-AC-7K3M9QX2", "Причина: Допущен по бейджу коллеги")
                .doesNotContain("письмо-приглашение");
        ReceivedMail chinese = onlyMailTo(chen);
        assertThat(chinese.subject()).startsWith("您的参会证明已被撤销");
        assertThat(chinese.text()).contains("CONF-AC-4D2N8RT5", "原因：Admitted on a badge lent to a colleague");
    }

    /** The platform's own reasons come as codes, worded in the reader's language; the English text is the fallback. */
    @Test
    void aLetterRevokedOrRefusedByThePlatformGivesItsReasonInTheApplicantsLanguage() {
        String conference = fixtures.conference();
        Person chen = fixtures.person(conference, "CN", "zh", "静", "陈");
        Person ivan = fixtures.person(conference, "CIS-ATC", "ru", "Иван", "Петров");
        Person wei = fixtures.person(conference, "CN", "en", "Wei", "Zhang");
        fixtures.known(chen, "withdrawn");
        fixtures.known(ivan, "approved");
        fixtures.known(wei, "approved");
        fixtures.visaLetterRevoked(chen, "CONF-VL-3C9X5PR8", "The registration was withdrawn", "withdrawn");
        fixtures.visaLetterRefused(ivan, "The conference moved to 2024-09-11 – 2024-09-12; ask for a new letter",
                "conference-moved");
        fixtures.visaLetterRefused(wei, "The registration turned into something new", "a-code-added-later");

        ReceivedMail chinese = onlyMailTo(chen);
        assertThat(chinese.text()).contains("CONF-VL-3C9X5PR8", "原因：您的报名已撤回。").doesNotContain("The registration");
        ReceivedMail russian = onlyMailTo(ivan);
        assertThat(russian.subject()).isEqualTo("Запрос письма-приглашения для визы отклонён: X конференция РАТС ШОС");
        assertThat(russian.text()).contains("отклонён", "Причина: Мероприятие перенесено на другие даты")
                .doesNotContain("conference moved", "null");
        assertThat(onlyMailTo(wei).text()).as("a code this reader does not know: the English reason")
                .contains("Reason: The registration turned into something new");
    }

    @Test
    void aConferenceMovedToOtherDaysIsMailedToEveryoneStillTakingPartInTheirLanguage() {
        String conference = fixtures.conference();
        Person ivan = fixtures.person(conference, "CIS-ATC", "ru", "Иван", "Петров");
        Person chen = fixtures.person(conference, "CN", "zh", "静", "陈");
        Person gone = fixtures.person(conference, "CN", "en", "Wei", "Zhang");
        fixtures.known(ivan, "approved");
        fixtures.known(chen, "waitlisted");
        fixtures.known(gone, "withdrawn");
        fixtures.conferenceMovedAWeek(conference);

        ReceivedMail russian = onlyMailTo(ivan);
        assertThat(russian.subject()).isEqualTo("Мероприятие «X конференция РАТС ШОС» перенесено на 11 сентября 2024 г. – 12 сентября 2024 г.");
        assertThat(russian.text()).contains("ранее: 4 сентября 2024 г. – 5 сентября 2024 г.", "письмо-приглашение");
        assertThat(onlyMailTo(chen).text()).contains("已改期", "2024年9月11日");
        assertThat(QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                "SELECT count(n) FROM Notice n WHERE n.recipientId = :id", Long.class).setParameter("id", gone.id())
                .getSingleResult())).as("a withdrawn registration is told nothing").isZero();
    }

    @Test
    void theSameEventDeliveredTwiceIsMailedOnce() throws Exception {
        String conference = fixtures.conference();
        Person wei = fixtures.person(conference, "CN", "zh", "伟", "张");
        UUID event = fixtures.registration(RegistrationEvents.PARTICIPANT_REJECTED, wei, "rejected", "submitted", "名额已满");
        ReceivedMail mail = onlyMailTo(wei);
        assertThat(mail.subject()).isEqualTo("您的报名未获批准：上合组织地区反恐怖机构第十届会议");
        assertThat(mail.text()).startsWith("尊敬的张伟：").contains("原因：名额已满");

        try (TopicReader reader = new TopicReader(Topics.REGISTRATION)) {
            var original = reader.readKeyUntil(wei.id().toString(),
                    r -> header(r, CloudEventHeaders.ID).equals(event.toString()), Duration.ofSeconds(30));
            Redelivery.awaitConsumed("notification-service", Redelivery.resend(original.get(original.size() - 1)));
        }
        // Notices are recorded in the transaction that takes the event in: the copy added none, so no second mail.
        assertThat(QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                "SELECT count(n) FROM Notice n WHERE n.recipientId = :id", Long.class).setParameter("id", wei.id())
                .getSingleResult())).isEqualTo(1);
        assertThat(smtp.to(wei.email())).hasSize(1);
    }

    @Test
    void aBurstOfChangesGoesOutAsOneMail() {
        String conference = fixtures.conference();
        Person anna = fixtures.person(conference, "KZ", "en", "Anna", "Smith");
        fixtures.registration(RegistrationEvents.PARTICIPANT_REGISTERED, anna, "waitlisted", "waitlisted", null);
        fixtures.registration(RegistrationEvents.PARTICIPANT_APPROVED, anna, "approved", "waitlisted", null);

        ReceivedMail mail = onlyMailTo(anna);
        assertThat(mail.subject()).isEqualTo("2 updates about your participation: 10th Conference of SCO RATS");
        assertThat(mail.text()).contains("You are on the waiting list")
                .contains("A seat has become free").contains("arrive by");
    }

    @Test
    void aTemporarySmtpFailureIsRetriedAndThenSucceeds() {
        String conference = fixtures.conference();
        Person omar = fixtures.person(conference, "AF", "en", "Omar", "Ahmadi");
        smtp.pause();
        fixtures.registration(RegistrationEvents.PARTICIPANT_WITHDRAWN, omar, "withdrawn", "submitted", null);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.organizer())
                .queryParam("status", "failed").get("/api/v1/mail-deliveries")
                .then().body("items.email", hasItem(omar.email())));
        smtp.resume();
        ReceivedMail mail = onlyMailTo(omar);
        assertThat(mail.subject()).isEqualTo("Your registration is withdrawn: 10th Conference of SCO RATS");
        given().auth().oauth2(TestTokens.organizer()).queryParam("status", "sent").get("/api/v1/mail-deliveries")
                .then().body("items.find { it.email == '" + omar.email() + "' }.attempts", org.hamcrest.Matchers.greaterThan(1));
    }

    @Test
    void aMailThatKeepsFailingIsDeadUntilAnOrganizerResendsIt() {
        String conference = fixtures.conference();
        Person lee = fixtures.person(conference, "KG", "en", "Lee", "Park");
        smtp.pause();
        fixtures.registration(RegistrationEvents.PARTICIPANT_WAITLISTED, lee, "waitlisted", "submitted", null);

        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> given().auth().oauth2(TestTokens.organizer())
                .queryParam("status", "dead").get("/api/v1/mail-deliveries")
                .then().body("items.email", hasItem(lee.email())));
        String id = given().auth().oauth2(TestTokens.organizer()).queryParam("status", "dead").get("/api/v1/mail-deliveries")
                .then().extract().path("items.find { it.email == '" + lee.email() + "' }.id");
        given().auth().oauth2(TestTokens.delegate("d")).post("/api/v1/mail-deliveries/{id}/resend", id).then().statusCode(403);
        smtp.resume();
        given().auth().oauth2(TestTokens.organizer()).post("/api/v1/mail-deliveries/{id}/resend", id)
                .then().statusCode(200).body("status", equalTo("pending"));
        assertThat(onlyMailTo(lee).subject()).isEqualTo("You are on the waiting list: 10th Conference of SCO RATS");
        given().auth().oauth2(TestTokens.organizer()).post("/api/v1/mail-deliveries/{id}/resend", id)
                .then().statusCode(409);
    }

    @Test
    void aRelayThatTakesTheConnectionButNeverAnswersHoldsTheMailOnlyUntilTheSendDeadline() {
        String conference = fixtures.conference();
        Person nadia = fixtures.person(conference, "TJ", "en", "Nadia", "Rahimova");
        int heldBefore = smtp.heldConnections();
        smtp.hang();
        fixtures.registration(RegistrationEvents.PARTICIPANT_WITHDRAWN, nadia, "withdrawn", "submitted", null);

        // The sender has connected and waits for a greeting that will never come on that connection.
        await().atMost(Duration.ofSeconds(60)).until(() -> smtp.heldConnections() > heldBefore);
        smtp.resume();
        assertThat(onlyMailTo(nadia).subject()).isEqualTo("Your registration is withdrawn: 10th Conference of SCO RATS");
        // Given up at the deadline and sent on a new connection within the same attempt, not after a retry's wait.
        given().auth().oauth2(TestTokens.organizer()).queryParam("status", "sent").get("/api/v1/mail-deliveries")
                .then().body("items.find { it.email == '" + nadia.email() + "' }.attempts", equalTo(1));
    }

    @Test
    void aReleaseTellsEachAffectedPersonOnlyTheirChangesAndNobodyElse() {
        String conference = fixtures.conference();
        Person speaker = fixtures.person(conference, "UZ", "en", "Alisher", "Karimov");
        Person moved = fixtures.person(conference, "UZ", "ru", "Дина", "Ахметова");
        Person bystander = fixtures.person(conference, "UZ", "en", "Not", "Concerned");
        Person withdrawn = fixtures.person(conference, "UZ", "en", "Gone", "Away");
        for (Person p : List.of(speaker, moved, bystander)) {
            fixtures.registration(RegistrationEvents.PARTICIPANT_UPDATED, p, "approved", "approved", null);
        }
        fixtures.known(withdrawn, "withdrawn");
        UUID session = UUID.randomUUID();
        var assignment = new ProgramChange("added", "talk", UUID.randomUUID(), session,
                Map.of("en", "Financing of terrorism through virtual assets"), null,
                new ProgramChange.Slot(OffsetDateTime.parse("2024-09-05T09:40:00+05:00"), OffsetDateTime.parse("2024-09-05T10:00:00+05:00"),
                        Map.of("en", "Plenary hall", "ru", "Пленарный зал")),
                List.of(UUID.randomUUID()), List.of(), List.of(speaker.id()), List.of(speaker.id()));
        var move = new ProgramChange("moved", "talk", UUID.randomUUID(), session,
                Map.of("en", "Online radicalisation", "ru", "Радикализация в интернете"),
                new ProgramChange.Slot(OffsetDateTime.parse("2024-09-05T10:00:00+05:00"), OffsetDateTime.parse("2024-09-05T10:20:00+05:00"),
                        Map.of("en", "Plenary hall", "ru", "Пленарный зал")),
                new ProgramChange.Slot(OffsetDateTime.parse("2024-09-05T11:00:00+05:00"), OffsetDateTime.parse("2024-09-05T11:20:00+05:00"),
                        Map.of("en", "Small hall", "ru", "Малый зал")),
                List.of(), List.of(), List.of(), List.of(moved.id(), withdrawn.id()));
        fixtures.release(conference, 2, List.of(assignment, move), List.of(speaker.id(), moved.id(), withdrawn.id()));

        ReceivedMail toSpeaker = onlyMailTo(speaker);
        assertThat(toSpeaker.subject()).isEqualTo("You are speaking at 10th Conference of SCO RATS");
        assertThat(toSpeaker.text()).contains("Financing of terrorism through virtual assets").doesNotContain("Online radicalisation");
        ReceivedMail toMoved = onlyMailTo(moved);
        assertThat(toMoved.subject()).isEqualTo("Программа изменилась для вас: X конференция РАТС ШОС");
        assertThat(toMoved.text()).contains("Радикализация в интернете: перенесено с").contains("Малый зал")
                .doesNotContain("virtual assets");
        assertThat(smtp.to(bystander.email())).isEmpty();
        // The release's notices were recorded together, before any of their mails went out.
        assertThat(QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                "SELECT count(n) FROM Notice n WHERE n.recipientId = :id", Long.class).setParameter("id", withdrawn.id())
                .getSingleResult())).as("a withdrawn registration is not told of the program").isZero();
    }

    /** Waits for the mail itself; the bound only ends a test that would otherwise hang, so it is generous. */

    private static String header(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
