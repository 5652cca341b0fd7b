package org.scorats.conference.notification.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

    /** The example of the Standard Webhooks specification: any conforming receiver accepts this. */
    @Test
    void signsTheSpecificationsExampleAsTheSpecificationDoes() {
        String signature = WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330, "{\"test\": 2432232314}");
        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void anyChangeToIdTimestampOrBodyChangesTheSignature() {
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String original = WebhookSignature.sign(secret, "msg_1", 1614265330, "{\"a\":1}");
        assertThat(WebhookSignature.sign(secret, "msg_2", 1614265330, "{\"a\":1}")).isNotEqualTo(original);
        assertThat(WebhookSignature.sign(secret, "msg_1", 1614265331, "{\"a\":1}")).isNotEqualTo(original);
        assertThat(WebhookSignature.sign(secret, "msg_1", 1614265330, "{\"a\":2}")).isNotEqualTo(original);
        assertThat(WebhookSignature.sign(secret, "msg_1", 1614265330, "{\"a\":1}")).isEqualTo(original);
    }

    @Test
    void aSecretWithoutItsPrefixIsTheSameKey() {
        assertThat(WebhookSignature.sign("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_1", 1, "x"))
                .isEqualTo(WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_1", 1, "x"));
    }

    @Test
    void bodiesAreSignedAsUtf8() {
        String cyrillic = WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_1", 1, "{\"name\":\"Белова\"}");
        assertThat(cyrillic).startsWith("v1,").hasSize(3 + 44);
    }
}
