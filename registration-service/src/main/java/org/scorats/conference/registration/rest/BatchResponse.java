package org.scorats.conference.registration.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.problem.Problem;

import java.util.List;
import java.util.UUID;

/** Each item's answer, in request order, and how many of each kind. */
@Schema(name = "ParticipantBatchResult", example = """
        {"created": 1, "updated": 1, "unchanged": 0, "failed": 1,
         "results": [{"index": 0, "externalId": "ATC-0001", "result": "created",
                      "id": "3a3611a8-39ae-4e22-95de-cfe6d9df22b0", "version": 1},
                     {"index": 1, "externalId": "ATC-0002", "result": "updated",
                      "id": "0b9d3c52-5d0e-4c8a-8f43-2f5a4a0f8a11", "version": 3},
                     {"index": 2, "externalId": "ATC-0003", "result": "failed",
                      "problem": {"type": "urn:conference:problem:validation-failed",
                                  "title": "Request is not valid", "status": 400,
                                  "detail": "participant.email: must be a well-formed email address",
                                  "code": "validation-failed",
                                  "errors": [{"field": "participant.email",
                                              "message": "must be a well-formed email address"}]}}]}""")
public record BatchResponse(int created, int updated, int unchanged, int failed, List<Item> results) {

    /** @param result created, updated, unchanged or failed; a failed item carries its problem */
    @Schema(name = "ParticipantBatchItemResult")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(int index, String externalId, String result, UUID id, Long version, Problem problem) {
    }
}
