package org.scorats.conference.notification.service;

import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** @param secret the new secret, Standard Webhooks form {@code whsec_<base64>}; omitted, one is generated and shown once */
@Schema(name = "WebhookSecretRotation", example = """
        {"secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"}""")
public record SecretRotation(
        @Pattern(regexp = SubscriptionRequest.SECRET, message = SubscriptionRequest.SECRET_MESSAGE) String secret) {
}
