package org.scorats.conference.door;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Map;

/**
 * JSON Web Signature in compact form (RFC 7515) with EdDSA only: {@code header.payload.signature}.
 * One algorithm, fixed here, so a token cannot choose how it is checked ({@code alg: none} and
 * friends are refused by construction).
 */
public final class CompactJws {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A token split and decoded, not yet verified. */
    public record Parsed(String kid, String type, byte[] payload, byte[] signingInput, byte[] signature) {

        public boolean verifiedBy(PublicKey key) {
            return Ed25519.verify(key, signingInput, signature);
        }
    }

    private CompactJws() {
    }

    public static String sign(String kid, String type, byte[] payload, PrivateKey key) {
        try {
            byte[] header = JSON.writeValueAsBytes(Map.of("alg", "EdDSA", "kid", kid, "typ", type));
            String input = Ed25519.base64url(header) + "." + Ed25519.base64url(payload);
            return input + "." + Ed25519.base64url(Ed25519.sign(key, input.getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @throws MalformedTokenException when the text is not a compact EdDSA JWS */
    public static Parsed parse(String compact) {
        if (compact == null || compact.length() > 8192) {
            throw new MalformedTokenException("is missing or longer than a badge can be");
        }
        String[] parts = compact.strip().split("\\.", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
            throw new MalformedTokenException("is not three dot-separated parts (truncated?)");
        }
        try {
            JsonNode header = JSON.readTree(Ed25519.decode(parts[0]));
            if (header == null || !header.isObject() || !"EdDSA".equals(header.path("alg").asText())
                    || !header.path("kid").isTextual()) {
                throw new MalformedTokenException("has no EdDSA header with a key id");
            }
            byte[] signature = Ed25519.decode(parts[2]);
            if (signature.length != 64) {
                throw new MalformedTokenException("has a signature of the wrong length (truncated?)");
            }
            return new Parsed(header.get("kid").asText(), header.path("typ").asText(null), Ed25519.decode(parts[1]),
                    (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII), signature);
        } catch (IOException | IllegalArgumentException e) {
            throw new MalformedTokenException("is not base64url-encoded JSON (truncated?)");
        }
    }
}
