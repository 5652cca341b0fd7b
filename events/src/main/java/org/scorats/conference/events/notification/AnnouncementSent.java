package org.scorats.conference.events.notification;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An organizers' announcement as one organization's partner may see it: what was said, and to
 * which of that organization's people. An announcement reaching several organizations is one event
 * for each, so no partner learns of another organization's people.
 *
 * @param subject        by language (en always, zh and ru as the organizers gave them)
 * @param text           in the same languages as the subject
 * @param participantIds the organization's participants in the audience when it was sent
 */
public record AnnouncementSent(UUID announcementId, String conferenceId, String organizationCode,
                               Map<String, String> subject, Map<String, String> text, List<UUID> participantIds,
                               OffsetDateTime sentAt) {
}
