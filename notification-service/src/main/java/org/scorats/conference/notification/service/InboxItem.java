package org.scorats.conference.notification.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** One notice as its reader sees it, in their language. */
@Schema(name = "InboxItem", example = """
        {"id": "0cbf54a9-a845-4860-967a-b68164e21b24", "kind": "registration-approved",
         "title": "Registration approved: 10th International Scientific and Practical Conference of the SCO RATS",
         "text": "Your registration is approved. Please arrive in Tashkent by the evening of 3 September.",
         "createdAt": "2024-06-05T10:02:15Z", "readAt": null}""")
public record InboxItem(UUID id, String kind, String title, String text, Instant createdAt,
                        @Schema(nullable = true, description = "When the delegate read it; null while unread") Instant readAt) {
}
