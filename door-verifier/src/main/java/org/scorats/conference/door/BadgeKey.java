package org.scorats.conference.door;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.security.PublicKey;

/**
 * A public badge key as a JWK (RFC 8037): Ed25519, named by its key id, which every badge and door
 * list carries, so a rotated key keeps verifying the badges it printed.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BadgeKey(String kty, String crv, String alg, String use, String kid, String x) {

    public static BadgeKey of(String kid, PublicKey key) {
        return new BadgeKey("OKP", "Ed25519", "EdDSA", "sig", kid, Ed25519.x(key));
    }

    /** @throws IllegalArgumentException when this is not an Ed25519 key */
    public PublicKey publicKey() {
        if (!"OKP".equals(kty) || !"Ed25519".equals(crv) || x == null) {
            throw new IllegalArgumentException("key " + kid + " is not an Ed25519 JWK");
        }
        return Ed25519.publicKey(x);
    }
}
