package org.scorats.conference.registration.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.registration.service.CheckIn;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A batch's scans in the order they were applied (the devices' time order), each judged or
 * refused, and the conflicts found: one badge entering at two doors within five minutes.
 */
@Schema(name = "ScanBatchResult", example = """
        {"results": [
          {"nonce": "gate2-000017", "result": {"scanId": "9d1e6a0c-4e8b-4b7e-9f57-0d6c3b1f2a11", "nonce": "gate2-000017",
            "outcome": "admitted", "replayed": false, "door": "side-entrance", "direction": "entry",
            "scannedAt": "2024-09-04T03:52:10Z", "offline": true, "badge": "K7Q2M9XD3F"}},
          {"nonce": "gate2-000019", "refusal": {"code": "badge-forged",
            "detail": "The token has a signature that does not match its content"}}],
         "conflicts": [{"participantId": "3a3611a8-39ae-4e22-95de-cfe6d9df22b0", "badge": "K7Q2M9XD3F",
           "scans": [{"nonce": "gate1-000213", "door": "main-entrance", "scannedAt": "2024-09-04T03:51:07Z"},
                     {"nonce": "gate2-000017", "door": "side-entrance", "scannedAt": "2024-09-04T03:52:10Z"}]}]}""")
public record ScanBatchView(List<Item> results, List<Conflict> conflicts) {

    @Schema(name = "ScanBatchItem")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String nonce, ScanResultView result, Refusal refusal) {
    }

    /** Why a scan was refused, as a single scan's problem would say: nothing was recorded for it. */
    @Schema(name = "ScanRefusal")
    public record Refusal(String code, String detail) {
    }

    @Schema(name = "ScanConflict")
    public record Conflict(UUID participantId, String badge, List<At> scans) {
    }

    @Schema(name = "ScanAt")
    public record At(String nonce, String door, Instant scannedAt) {
    }

    static ScanBatchView of(CheckIn.BatchResult result) {
        return new ScanBatchView(result.items().stream().map(i -> new Item(i.nonce(),
                        i.judged() == null ? null : ScanResultView.of(i.judged()),
                        i.refusal() == null ? null : new Refusal(i.refusal().code(), i.refusal().getMessage()))).toList(),
                result.conflicts().stream().map(c -> new Conflict(c.participantId(), c.badge(), c.scans().stream()
                        .map(s -> new At(s.nonce, s.door, s.scannedAt)).toList())).toList());
    }
}
