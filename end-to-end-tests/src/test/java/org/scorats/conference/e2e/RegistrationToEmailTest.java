package org.scorats.conference.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scorats.conference.devinfra.SmtpServer.ReceivedMail;
import org.scorats.conference.devinfra.testing.WebhookReceiver;
import org.scorats.conference.localstack.ApiClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A delegate registers herself in Russian, an organizer approves: the mail reaches the SMTP server
 * in Russian, and the CIS ATC's webhook endpoint receives the approval, signed.
 */
@Order(2)
@ExtendWith(Platform.Extension.class)
class RegistrationToEmailTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String APPROVED = "org.scorats.conference.registration.participant.approved";
    private static final String ANNOUNCED = "org.scorats.conference.notification.announcement.sent";
    private static final String DELEGATE_EMAIL = "delegate-ru@conference.example";

    private final Platform platform;
    private final ApiClient api;

    RegistrationToEmailTest(Platform platform) {
        this.platform = platform;
        this.api = platform.api();
    }

    @Test
    void aRussianDelegateIsApprovedTheMailIsInRussianAndThePartnerGetsASignedWebhook() {
        String conference = platform.newConference("CIS-ATC");
        try (WebhookReceiver receiver = new WebhookReceiver(WebhookReceiver.newSecret())) {
            String partner = platform.partner("cis-atc-sync");
            String subscription = api.post("/api/v1/webhook-subscriptions", partner, Map.of(
                    "url", receiver.url(), "eventTypes", List.of(APPROVED, ANNOUNCED), "secret", receiver.secret())).expect(201)
                    .body().path("id").asText();

            Map<String, Object> herself = new HashMap<>(Map.of(
                    "organizationCode", "CIS-ATC", "givenName", "Ольга", "familyName", "Морозова",
                    "givenNameLatin", "Olga", "familyNameLatin", "Morozova", "email", DELEGATE_EMAIL, "language", "ru",
                    "role", "delegate", "attendance", "in-person", "privacyConsent", true));
            herself.put("invitationCode", platform.invitationCode(conference, "CIS-ATC")); // she registers herself
            String id = api.post("/api/v1/conferences/" + conference + "/participants", platform.user("delegate-ru"), herself)
                    .expect(201).body().path("id").asText();
            api.post("/api/v1/participants/" + id + "/transitions", platform.user("organizer"), Map.of("action", "approve"))
                    .expect(200);
            long approved = System.nanoTime();

            ReceivedMail mail = platform.awaitMail(DELEGATE_EMAIL, m -> m.subject().contains(conference));
            assertThat(mail.text()).contains("Уважаемый(ая) Ольга Морозова", "подтверждена", "Ташкент");
            assertThat(mail.html()).contains("lang=\"ru\"");
            Platform.report("registration to email", "mail \"%s\" %d s after the approval", mail.subject(),
                    Duration.ofNanos(System.nanoTime() - approved).toSeconds());

            WebhookReceiver.Received delivery = Platform.await("the approval at the partner's endpoint", Platform.MAIL_WAIT, () ->
                    receiver.received().stream().filter(d -> event(d).path("data").path("participant").path("id")
                            .asText().equals(id)).findFirst().orElse(null));
            assertThat(delivery.signatureValid()).as("signed with the partner's secret").isTrue();
            JsonNode event = event(delivery);
            assertThat(event.path("type").asText()).isEqualTo(APPROVED);
            assertThat(event.path("data").path("participant").path("familyName").asText()).isEqualTo("Морозова");
            assertThat(event.path("data").path("participant").path("status").asText()).isEqualTo("approved");
            Platform.report("registration to email", "webhook %s, type %s, signature valid", delivery.id(),
                    event.path("type").asText());

            // The organizers tell CIS-ATC's approved people in person about the buses: she reads it in
            // Russian in her mail and her inbox, the organizers see it sent, and CIS-ATC's systems hear
            // of it by webhook, naming her.
            String organizer = platform.user("organizer");
            JsonNode announced = api.post("/api/v1/conferences/" + conference + "/announcements", organizer, Map.of(
                    "subject", Map.of("en", "Buses on 4 September", "ru", "Автобусы 4 сентября"),
                    "text", Map.of("en", "Buses leave the hotel at 08:15.", "ru", "Автобусы отходят от гостиницы в 08:15."),
                    "audience", Map.of("organizations", List.of("CIS-ATC"), "attendance", "in-person"))).expect(201).body();
            assertThat(announced.path("recipients").asInt()).isEqualTo(1);
            ReceivedMail buses = platform.awaitMail(DELEGATE_EMAIL, m -> m.subject().startsWith("Автобусы 4 сентября"));
            assertThat(buses.text()).contains("Автобусы отходят от гостиницы в 08:15.");
            assertThat(api.get("/api/v1/conferences/" + conference + "/inbox", platform.user("delegate-ru")).expect(200)
                    .body().path("items").path(0).path("title").asText()).isEqualTo(buses.subject());
            String announcement = "/api/v1/announcements/" + announced.path("id").asText();
            Platform.await("the announcement counted sent", Platform.MAIL_WAIT, () ->
                    api.get(announcement, organizer).expect(200).body().path("delivery").path("sent").asInt() == 1 ? true : null);
            api.get(announcement, partner).expect(403);
            JsonNode told = event(Platform.await("the announcement at the partner's endpoint", Platform.MAIL_WAIT, () ->
                    receiver.received().stream().filter(d -> event(d).path("data").path("announcementId").asText()
                            .equals(announced.path("id").asText())).findFirst().orElse(null)));
            assertThat(told.path("type").asText()).isEqualTo(ANNOUNCED);
            assertThat(told.path("data").path("subject").path("ru").asText()).isEqualTo("Автобусы 4 сентября");
            assertThat(told.path("data").path("participantIds").path(0).asText()).isEqualTo(id);
            api.delete("/api/v1/webhook-subscriptions/" + subscription, partner).expect(204);
            Platform.report("registration to email", "announcement to %d, mail \"%s\", webhook to CIS-ATC",
                    announced.path("recipients").asInt(), buses.subject());

            // Her partner asks for a visa letter and an organizer issues it; then she is withdrawn: the
            // letter is revoked, the embassy's check says so, and her mail gives the reason in Russian.
            String letter = api.post("/api/v1/participants/" + id + "/visa-letters", partner, Map.of("nationality", "RU",
                    "passportNumber", "75 1234567", "embassy", "Посольство Республики Узбекистан в Москве",
                    "travelFrom", "2024-09-02", "travelUntil", "2024-09-06")).expect(201).body().path("id").asText();
            String reference = api.post("/api/v1/visa-letters/" + letter + "/decision", platform.user("organizer"),
                    Map.of("decision", "approve")).expect(200).body().path("reference").asText();
            api.post("/api/v1/participants/" + id + "/transitions", platform.user("organizer"), Map.of("action", "withdraw"))
                    .expect(200);
            assertThat(api.get("/api/v1/documents/" + reference, null).expect(200).body().path("status").asText())
                    .isEqualTo("revoked");
            ReceivedMail revoked = platform.awaitMail(DELEGATE_EMAIL, m -> m.text().contains(reference) && m.text().contains("отозвано"));
            assertThat(revoked.text()).contains("Причина: Ваша регистрация отозвана.").doesNotContain("The registration");
            Platform.report("registration to email", "letter %s revoked on withdrawal, mail \"%s\"", reference, revoked.subject());
        }
    }

    private static JsonNode event(WebhookReceiver.Received delivery) {
        try {
            return JSON.readTree(delivery.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
