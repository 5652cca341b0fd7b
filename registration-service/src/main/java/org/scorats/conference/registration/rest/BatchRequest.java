package org.scorats.conference.registration.rest;

import org.scorats.conference.registration.service.BatchItem;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * Up to 1,000 upserts. Items are read and validated one by one, not as a whole: an item that
 * cannot be read (a control character in a name, a number for a string) or is not valid is
 * answered with its own problem while the others go through. So the items stay JSON here, and
 * {@link PartnerSyncResource} reads each.
 */
@Schema(name = "ParticipantBatch")
public record BatchRequest(
        @Schema(type = SchemaType.ARRAY, implementation = BatchItem.class, minItems = 1, maxItems = 1000)
        @NotNull @Size(min = 1, max = 1000) List<@NotNull JsonNode> items) {
}
