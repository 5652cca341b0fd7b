package org.scorats.conference.registration.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.registration.domain.Badge;

import java.time.Instant;
import java.util.UUID;

/**
 * @param token       the signed badge (compact JWS, EdDSA) the QR code holds
 * @param printedCode the code printed under the QR code, for typing at a door
 */
@Schema(name = "Badge", example = """
        {"code": "K7Q2M9XD3F", "printedCode": "K7Q2-M9XD-3F",
         "token": "eyJhbGciOiJFZERTQSIsImtpZCI6InNjby1yYXRzLTIwMjQtOGYzYzJhMWIiLCJ0eXAiOiJiYWRnZStqd3QifQ.eyJhdWQiOiJzY28tcmF0cy0yMDI0IiwianRpIjoiSzdRMk05WEQzRiJ9.c2lnbmF0dXJl",
         "participantId": "3a3611a8-39ae-4e22-95de-cfe6d9df22b0", "conferenceId": "sco-rats-2024",
         "keyId": "sco-rats-2024-8f3c2a1b", "issuedAt": "2024-08-20T09:12:44Z",
         "validFrom": "2024-09-02T19:00:00Z", "validUntil": "2024-09-05T19:00:00Z"}""")
public record BadgeView(String code, String printedCode, String token, UUID participantId, String conferenceId,
                        String keyId, Instant issuedAt, Instant validFrom, Instant validUntil) {

    static BadgeView of(Badge b) {
        return new BadgeView(b.code, b.printedCode(), b.token, b.participantId, b.conferenceId, b.kid, b.issuedAt,
                b.validFrom, b.validUntil);
    }
}
