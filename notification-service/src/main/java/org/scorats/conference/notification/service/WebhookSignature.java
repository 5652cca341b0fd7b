package org.scorats.conference.notification.service;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;

/**
 * Signs deliveries the way the Standard Webhooks specification describes: HMAC-SHA256 with the
 * subscription's secret ({@code whsec_} and its base64 key) over {@code id.timestamp.body}, sent as
 * {@code webhook-signature: v1,<base64>} beside {@code webhook-id} and {@code webhook-timestamp}.
 * A receiver recomputes it to know the delivery is ours, and rejects old timestamps and seen ids to
 * stop replays.
 */
public final class WebhookSignature {

    public static final String ID = "webhook-id";
    public static final String TIMESTAMP = "webhook-timestamp";
    public static final String SIGNATURE = "webhook-signature";
    private static final String PREFIX = "whsec_";

    private WebhookSignature() {
    }

    /**
     * One signature per secret, space-separated, as the specification allows while a secret is
     * rotated: a receiver accepts the delivery if any of them verifies with the secret it holds.
     */
    public static String sign(List<String> secrets, String id, long timestampSeconds, String body) {
        return String.join(" ", secrets.stream().map(secret -> sign(secret, id, timestampSeconds, body)).toList());
    }

    public static String sign(String secret, String id, long timestampSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            byte[] digest = mac.doFinal((id + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    /** Whether {@code secret} can sign: {@code whsec_} and at least 24 bytes of standard base64. */
    public static boolean isValidSecret(String secret) {
        try {
            return secret.startsWith(PREFIX) && key(secret).length >= 24;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private static byte[] key(String secret) {
        return Base64.getDecoder().decode(secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret);
    }
}
