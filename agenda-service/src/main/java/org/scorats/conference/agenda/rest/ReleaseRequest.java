package org.scorats.conference.agenda.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReleaseRequest", example = "{\"comment\": \"Session III moved to the small hall; new speaker for the EAG talk\"}")
public record ReleaseRequest(@NotBlank @Size(max = 1000) String comment) {
}
