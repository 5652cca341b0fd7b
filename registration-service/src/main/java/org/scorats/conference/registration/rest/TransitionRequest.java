package org.scorats.conference.registration.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.registration.domain.RegistrationAction;

/**
 * @param reason required to reject; shown to the participant
 */
@Schema(name = "RegistrationTransition", example = "{\"action\": \"reject\", \"reason\": \"The delegation's list was closed on 20 August\"}")
public record TransitionRequest(@NotNull RegistrationAction action, @Size(max = 1000) String reason) {
}
