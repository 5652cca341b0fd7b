package org.scorats.conference.door;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.function.Function;

/** A badge as a compact JWS of its {@link BadgeClaims}, signed with Ed25519: what the QR code holds. */
public final class BadgeToken {

    static final String TYPE = "badge+jwt";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Why a readable token is still not ours. */
    public static class ForgedException extends RuntimeException {
        public ForgedException(String message) {
            super(message);
        }
    }

    private BadgeToken() {
    }

    public static String sign(BadgeClaims claims, String kid, PrivateKey key) {
        try {
            return CompactJws.sign(kid, TYPE, JSON.writeValueAsBytes(claims), key);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The conference a token claims to be for, read without checking its signature: only to tell a
     * badge of another conference (whose keys are not ours) from a forgery in what the door says.
     */
    public static java.util.Optional<String> claimedConference(String token) {
        try {
            return java.util.Optional.ofNullable(JSON.readValue(CompactJws.parse(token).payload(), BadgeClaims.class).conference());
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * @param keys the public key for a key id, or null when there is none
     * @throws MalformedTokenException when it cannot be read
     * @throws ForgedException when no key we know signed it
     */
    public static BadgeClaims verify(String token, Function<String, PublicKey> keys) {
        CompactJws.Parsed parsed = CompactJws.parse(token);
        if (!TYPE.equals(parsed.type())) {
            throw new MalformedTokenException("is not a badge");
        }
        PublicKey key = keys.apply(parsed.kid());
        if (key == null) {
            throw new ForgedException("is signed with a key this conference never used (" + parsed.kid() + ")");
        }
        if (!parsed.verifiedBy(key)) {
            throw new ForgedException("has a signature that does not match its content");
        }
        try {
            BadgeClaims claims = JSON.readValue(parsed.payload(), BadgeClaims.class);
            if (claims.conference() == null || claims.badge() == null || claims.participant() == null) {
                throw new MalformedTokenException("names no conference, badge or participant");
            }
            return claims;
        } catch (IOException e) {
            throw new MalformedTokenException("has a payload that is not a badge");
        }
    }
}
