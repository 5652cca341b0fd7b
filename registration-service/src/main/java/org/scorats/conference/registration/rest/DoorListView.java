package org.scorats.conference.registration.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.registration.service.Badges;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * @param content what the list says, to read
 * @param signed  the same content as a compact JWS (EdDSA, {@code typ} door-list+json): what a
 *                device verifies against the keys it pinned, and the only part it should trust
 */
@Schema(name = "DoorList", example = """
        {"content": {"conference": "sco-rats-2024", "day": "2024-09-04", "validFrom": "2024-09-03T19:00:00Z",
                     "validUntil": "2024-09-04T19:00:00Z", "issuedAt": "2024-09-03T17:30:00Z",
                     "keys": [{"kty": "OKP", "crv": "Ed25519", "alg": "EdDSA", "use": "sig",
                               "kid": "sco-rats-2024-8f3c2a1b", "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}],
                     "admitted": [{"badge": "K7Q2M9XD3F", "participant": "3a3611a8-39ae-4e22-95de-cfe6d9df22b0",
                                   "name": "Алексей Соколов", "nameLatin": "Aleksei Sokolov", "organization": "CIS-ATC",
                                   "role": "delegate", "attendance": "in-person"}],
                     "revoked": ["R4T8W2ZQ6M"]},
         "signed": "eyJhbGciOiJFZERTQSIsImtpZCI6InNjby1yYXRzLTIwMjQtOGYzYzJhMWIiLCJ0eXAiOiJkb29yLWxpc3QranNvbiJ9.eyJjb25mZXJlbmNlIjoic2NvLXJhdHMtMjAyNCJ9.c2lnbmF0dXJl"}""")
public record DoorListView(Content content, String signed) {

    @Schema(name = "DoorListContent")
    public record Content(String conference, LocalDate day, Instant validFrom, Instant validUntil, Instant issuedAt,
                          List<BadgeKeysView.Key> keys, List<Entry> admitted, List<String> revoked) {
    }

    @Schema(name = "DoorListEntry")
    public record Entry(String badge, UUID participant, String name, String nameLatin, String organization, String role,
                        String attendance) {
    }

    static DoorListView of(Badges.SignedDoorList list) {
        var c = list.content();
        return new DoorListView(new Content(c.conference(), c.day(), c.validFrom(), c.validUntil(), c.issuedAt(),
                BadgeKeysView.of(c.keys()).keys(), c.admitted().stream().map(e -> new Entry(e.badge(), e.participant(),
                e.name(), e.nameLatin(), e.organization(), e.role(), e.attendance())).toList(), c.revoked()), list.signed());
    }
}
