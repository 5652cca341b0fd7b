package org.scorats.conference.notification.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which secrets sign a delivery, before, during and after a rotation's overlap. */
class SecretRotationTest {

    private static final Instant ROTATED = Instant.parse("2024-09-01T10:00:00Z");
    private static final Instant OVERLAP_ENDS = ROTATED.plusSeconds(24 * 3600);

    @Test
    void theReplacedSecretSignsSecondUntilTheOverlapEndsAndNeverAfter() {
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.secret = "whsec_old";
        assertThat(subscription.signingSecrets(ROTATED)).containsExactly("whsec_old");

        subscription.rotateSecret("whsec_new", OVERLAP_ENDS);
        assertThat(subscription.signingSecrets(ROTATED)).containsExactly("whsec_new", "whsec_old");
        assertThat(subscription.signingSecrets(OVERLAP_ENDS.minusSeconds(1))).containsExactly("whsec_new", "whsec_old");
        assertThat(subscription.previousSecretSigningUntil(ROTATED)).isEqualTo(OVERLAP_ENDS);
        assertThat(subscription.signingSecrets(OVERLAP_ENDS)).containsExactly("whsec_new");
        assertThat(subscription.previousSecretSigningUntil(OVERLAP_ENDS)).isNull();
    }

    @Test
    void aRotationDuringAnotherOverlapDropsTheOldestSecret() {
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.secret = "whsec_first";
        subscription.rotateSecret("whsec_second", OVERLAP_ENDS);
        subscription.rotateSecret("whsec_third", OVERLAP_ENDS.plusSeconds(3600));
        assertThat(subscription.signingSecrets(ROTATED)).isEqualTo(List.of("whsec_third", "whsec_second"));
    }
}
