package org.scorats.conference.door;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.UUID;

/**
 * What a badge says, in the token's payload: JWT names where JWT has one ({@code aud} the
 * conference, {@code jti} the badge's code, {@code sub} the participant, {@code nbf}/{@code exp}
 * its validity in epoch seconds), short names for the rest, so the QR code stays small.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BadgeClaims(
        @JsonProperty("aud") String conference,
        @JsonProperty("jti") String badge,
        @JsonProperty("sub") UUID participant,
        @JsonProperty("name") String name,
        @JsonProperty("latin") String nameLatin,
        @JsonProperty("org") String organization,
        @JsonProperty("role") String role,
        @JsonProperty("att") String attendance,
        @JsonProperty("nbf") long notBefore,
        @JsonProperty("exp") long expires) {

    public boolean validAt(Instant at) {
        return at.getEpochSecond() >= notBefore && at.getEpochSecond() < expires;
    }

    public boolean expiredAt(Instant at) {
        return at.getEpochSecond() >= expires;
    }
}
