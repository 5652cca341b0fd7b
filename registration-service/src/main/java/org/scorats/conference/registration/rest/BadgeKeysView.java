package org.scorats.conference.registration.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.door.BadgeKey;

import java.util.List;

/** A JSON Web Key Set (RFC 7517) of Ed25519 keys (RFC 8037). */
@Schema(name = "BadgeKeys", example = """
        {"keys": [{"kty": "OKP", "crv": "Ed25519", "alg": "EdDSA", "use": "sig", "kid": "sco-rats-2024-8f3c2a1b",
                   "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}]}""")
public record BadgeKeysView(List<Key> keys) {

    @Schema(name = "BadgeKey")
    public record Key(String kty, String crv, String alg, String use, String kid, String x) {
    }

    static BadgeKeysView of(List<BadgeKey> keys) {
        return new BadgeKeysView(keys.stream().map(k -> new Key(k.kty(), k.crv(), k.alg(), k.use(), k.kid(), k.x())).toList());
    }
}
