package org.scorats.conference.registration.service;

import org.scorats.conference.registration.service.ParticipantRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One upsert of a batch: the partner's own id and the participant as it should be. */
@Schema(name = "ParticipantBatchItem")
public record BatchItem(String externalId, ParticipantRequest participant) {
}
