package org.scorats.conference.registration.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.registration.domain.Scan;
import org.scorats.conference.registration.domain.ScanDirection;
import org.scorats.conference.registration.domain.ScanOutcome;

import java.time.Instant;
import java.util.UUID;

/** One scan of a participant's badge, for their history. */
@Schema(name = "ParticipantScan", example = """
        {"scanId": "9d1e6a0c-4e8b-4b7e-9f57-0d6c3b1f2a11", "badge": "K7Q2M9XD3F", "door": "main-entrance",
         "direction": "entry", "outcome": "admitted", "scannedAt": "2024-09-04T03:41:07Z",
         "receivedAt": "2024-09-04T03:41:07Z", "offline": false, "device": "service-account-door-device"}""")
public record ScanView(UUID scanId, String badge, String door, ScanDirection direction, ScanOutcome outcome,
                       Instant scannedAt, Instant receivedAt, boolean offline, String device) {

    static ScanView of(Scan s) {
        return new ScanView(s.id, s.badgeCode, s.door, s.direction, s.outcome, s.scannedAt, s.receivedAt, s.offline, s.device);
    }
}
