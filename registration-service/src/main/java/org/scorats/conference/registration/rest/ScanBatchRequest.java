package org.scorats.conference.registration.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.registration.service.ScanRequest;

import java.util.List;

/** Scans a door device made offline, uploaded when it is back online. */
@Schema(name = "ScanBatch", example = """
        {"scans": [
          {"code": "K7Q2-M9XD-3F", "door": "side-entrance", "direction": "entry",
           "scannedAt": "2024-09-04T08:52:10+05:00", "nonce": "gate2-000017"},
          {"code": "K7Q2-M9XD-3F", "door": "side-entrance", "direction": "exit",
           "scannedAt": "2024-09-04T12:30:02+05:00", "nonce": "gate2-000018"}]}""")
public record ScanBatchRequest(@NotNull @Size(min = 1, max = 1000) List<@NotNull @Valid ScanRequest> scans) {
}
