package org.scorats.conference.registration.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/**
 * @param nextCursor keep it and pass it as {@code cursor} next time; given also when nothing changed
 * @param more       more changes wait: read on at once
 */
@Schema(name = "ParticipantChanges")
public record ChangeFeedView(List<Change> items, String nextCursor, boolean more) {

    /**
     * @param change      upserted (created or changed, withdrawals included) or deleted
     * @param participant the current state; absent for deletions
     */
    @Schema(name = "ParticipantChange")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(String change, UUID id, String externalId, long version, ParticipantView participant) {
    }
}
