package org.scorats.conference.registration.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.registration.domain.Language;

/**
 * @param decision approve (the letter is issued) or refuse (a reason is required)
 * @param language another working language for the letter than the one requested
 */
@Schema(name = "VisaLetterDecision", example = "{\"decision\": \"approve\", \"language\": \"en\"}")
public record VisaLetterDecision(
        @NotNull @Pattern(regexp = "^(approve|refuse)$", message = "must be approve or refuse") String decision,
        @Size(max = 1000) String reason,
        Language language) {

    boolean approves() {
        return decision.equals("approve");
    }
}
