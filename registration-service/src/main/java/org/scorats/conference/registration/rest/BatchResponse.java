package org.scorats.conference.registration.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.problem.Problem;

import java.util.List;
import java.util.UUID;

/** Each item's answer, in request order, and how many of each kind. */
@Schema(name = "ParticipantBatchResult")
public record BatchResponse(int created, int updated, int unchanged, int failed, List<Item> results) {

    /** @param result created, updated, unchanged or failed; a failed item carries its problem */
    @Schema(name = "ParticipantBatchItemResult")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(int index, String externalId, String result, UUID id, Long version, Problem problem) {
    }
}
