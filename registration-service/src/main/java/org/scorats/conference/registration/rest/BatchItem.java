package org.scorats.conference.registration.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One upsert of a batch: the partner's own id and the participant as it should be. */
@Schema(name = "ParticipantBatchItem")
public record BatchItem(String externalId, ParticipantRequest participant) {
}
