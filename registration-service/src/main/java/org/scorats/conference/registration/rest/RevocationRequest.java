package org.scorats.conference.registration.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** @param reason why the letter or certificate no longer stands; kept with it, not shown by verification */
@Schema(name = "Revocation", example = "{\"reason\": \"The participant withdrew before travelling\"}")
public record RevocationRequest(@NotBlank @Size(max = 1000) String reason) {
}
