package org.scorats.conference.door;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Everything a door needs for one day with no network: who may enter, which badges are revoked,
 * and the public keys that signed the badges (rotated keys included). Signed as a whole
 * ({@link DoorVerifier#open}), so a device can trust a copy it was handed on a stick.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DoorList(String conference, LocalDate day, Instant validFrom, Instant validUntil, Instant issuedAt,
                       List<BadgeKey> keys, List<Entry> admitted, List<String> revoked) {

    static final String TYPE = "door-list+json";

    /** One person the door may let in: what the door staff sees next to the scan. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String badge, UUID participant, String name, String nameLatin, String organization,
                        String role, String attendance) {
    }
}
