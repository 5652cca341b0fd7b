package org.scorats.conference.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scorats.conference.devinfra.SmtpServer.ReceivedMail;
import org.scorats.conference.localstack.ApiClient;
import org.scorats.conference.localstack.StackConfig;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * notification-service is down while an organizer registers and approves people: registration
 * goes on, the events wait in Kafka, and once the service is back every person gets their mail,
 * once.
 */
@Order(7)
@ExtendWith(Platform.Extension.class)
class ResilienceTest {

    private static final List<String> FAMILY_NAMES = List.of("Nurlanova", "Seitkali", "Abenov", "Tokayeva");

    private final Platform platform;
    private final ApiClient api;

    ResilienceTest(Platform platform) {
        this.platform = platform;
        this.api = platform.api();
    }

    @Test
    void approvalsWhileNotificationServiceIsDownAreMailedOnceWhenItIsBack() {
        String conference = platform.newConference("KZ");
        String organizer = platform.user("organizer");
        List<String> addresses = new ArrayList<>();
        long[] restarted = new long[1];
        platform.restartAll(StackConfig.NOTIFICATION, false, () -> { // every instance stopped
            for (String family : FAMILY_NAMES) {
                String email = family.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 6) + "@kz.example";
                String id = api.post("/api/v1/conferences/" + conference + "/participants", organizer, Map.of(
                        "organizationCode", "KZ", "givenName", "Aigul", "familyName", family,
                        "givenNameLatin", "Aigul", "familyNameLatin", family, "email", email, "language", "ru",
                        "role", "delegate", "attendance", "in-person", "privacyConsent", true)).expect(201).body().path("id").asText();
                api.post("/api/v1/participants/" + id + "/transitions", organizer, Map.of("action", "approve")).expect(200);
                addresses.add(email);
            }
            assertThat(addresses).allSatisfy(email -> assertThat(platform.mailTo(email)).isEmpty());
            restarted[0] = System.nanoTime();
        });
        long ready = System.nanoTime();
        for (String email : addresses) {
            ReceivedMail mail = platform.awaitMail(email, m -> m.subject().contains(conference));
            assertThat(mail.text()).contains("подтверждена");
        }
        Platform.report("resilience", "notification-service ready %d s after restart; %d approvals made while it was down "
                        + "mailed within %d s of it being ready", Duration.ofNanos(ready - restarted[0]).toSeconds(), addresses.size(),
                Duration.ofNanos(System.nanoTime() - ready).toSeconds());
        Platform.pause(Duration.ofSeconds(3));
        for (String email : addresses) {
            assertThat(platform.mailTo(email)).as("one mail to %s", email).hasSize(1);
            List<JsonNode> deliveries = platform.mailDeliveriesTo(email);
            assertThat(deliveries).as("one delivery to %s", email).hasSize(1);
            assertThat(deliveries.get(0).path("status").asText()).isEqualTo("sent");
        }
        Platform.report("resilience", "each of %d people: 1 mail at the SMTP server, 1 delivery recorded", addresses.size());
    }
}
