package org.scorats.conference.registration.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.registration.domain.ScanDirection;

import java.time.OffsetDateTime;

/**
 * One scan as a door device sends it, online or later in a batch.
 *
 * @param token     the badge's token as read from its QR code; or
 * @param code      the code printed under it, typed (dashes and case do not matter)
 * @param door      which door or check-in list, as the organizers name them ("main-entrance")
 * @param scannedAt the device's clock when it scanned
 * @param nonce     chosen by the device for this scan; sending it again counts once
 */
@Schema(name = "Scan", example = """
        {"token": "eyJhbGciOiJFZERTQSIsImtpZCI6InNjby1yYXRzLTIwMjQtOGYzYzJhMWIiLCJ0eXAiOiJiYWRnZStqd3QifQ.eyJhdWQiOiJzY28tcmF0cy0yMDI0In0.c2ln",
         "door": "main-entrance", "direction": "entry", "scannedAt": "2024-09-04T08:41:07+05:00",
         "nonce": "gate1-000213"}""")
public record ScanRequest(
        @Size(max = 4096) @Pattern(regexp = "^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$",
                message = "must be a badge token: three base64url parts joined by dots") String token,
        @Size(max = 20) @Pattern(regexp = "^[0-9A-Za-z -]+$", message = "must be the code printed on the badge") String code,
        @NotBlank @Size(max = 60) @Pattern(regexp = "^[a-z0-9][a-z0-9-]*$", message = "must be a door name: lower-case letters, digits and dashes")
        String door,
        @NotNull ScanDirection direction,
        @NotNull OffsetDateTime scannedAt,
        @NotBlank @Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9._:-]+$", message = "must be letters, digits and . _ : -")
        String nonce) {
}
