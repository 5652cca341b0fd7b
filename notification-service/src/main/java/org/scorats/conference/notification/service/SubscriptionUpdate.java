package org.scorats.conference.notification.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * What a partner may change in its subscription; the organization and the secret (rotated on its
 * own) stay.
 *
 * @param active false switches deliveries off; true switches them on again, after a 410 Gone too
 */
@Schema(name = "WebhookSubscriptionUpdate", example = """
        {"url": "https://sync.cisatc.example/webhooks/v2",
         "eventTypes": ["org.scorats.conference.registration.participant.approved"], "active": true}""")
public record SubscriptionUpdate(
        @NotBlank @Size(max = 2000) String url,
        @NotEmpty @Size(max = 50) List<@NotNull String> eventTypes,
        @NotNull Boolean active) {
}
