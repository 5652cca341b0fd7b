package org.scorats.conference.notification.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** One notice as its reader sees it, in their language. */
@Schema(name = "InboxItem")
public record InboxItem(UUID id, String kind, String title, String text, Instant createdAt, Instant readAt) {
}
