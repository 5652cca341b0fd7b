package org.scorats.conference.registration.rest;

/** One upsert of a batch: the partner's own id and the participant as it should be. */
public record BatchItem(String externalId, ParticipantRequest participant) {
}
