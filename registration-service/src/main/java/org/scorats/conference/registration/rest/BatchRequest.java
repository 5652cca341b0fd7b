package org.scorats.conference.registration.rest;

import org.scorats.conference.registration.service.BatchItem;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * Up to 1,000 upserts. Items are validated one by one, not as a whole: a bad item is answered
 * with its own problem while the others go through.
 */
@Schema(name = "ParticipantBatch")
public record BatchRequest(@NotNull @Size(min = 1, max = 1000) List<@NotNull BatchItem> items) {
}
