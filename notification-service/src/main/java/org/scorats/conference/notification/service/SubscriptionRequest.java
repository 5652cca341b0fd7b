package org.scorats.conference.notification.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * @param organizationCode organizers subscribe for an organization; a partner's is its own, from its token
 * @param secret           Standard Webhooks form {@code whsec_<base64>}; omitted, one is generated and shown once
 */
@Schema(name = "WebhookSubscriptionRequest", example = """
        {"url": "https://sync.cisatc.example/webhooks/sco-rats",
         "eventTypes": ["org.scorats.conference.registration.participant.approved",
                        "org.scorats.conference.registration.participant.rejected"]}""")
public record SubscriptionRequest(
        @Size(max = 32) String organizationCode,
        @NotBlank @Size(max = 2000) String url,
        @NotEmpty @Size(max = 50) List<@NotNull String> eventTypes,
        @Pattern(regexp = SECRET, message = SECRET_MESSAGE) String secret) {

    /** A signing secret's form; {@link WebhookSignature#isValidSecret} checks that it also decodes. */
    static final String SECRET = "^whsec_[A-Za-z0-9+/]{32,172}={0,2}$";
    static final String SECRET_MESSAGE = "must be whsec_ followed by at least 24 base64-encoded bytes";
}
