package org.scorats.conference.events.agenda;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A session of the working draft (not yet published).
 *
 * @param kind     plenary, thematic-session, break or side-event
 * @param title    by language
 * @param chairIds the speakers who chair or moderate it
 */
public record SessionSnapshot(UUID id, String conferenceId, String kind, Map<String, String> title,
                              OffsetDateTime startsAt, OffsetDateTime endsAt, UUID roomId, List<UUID> chairIds,
                              long version) {
}
