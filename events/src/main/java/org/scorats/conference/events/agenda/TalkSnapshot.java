package org.scorats.conference.events.agenda;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A talk of the working draft. @param language the language it is given in: en, zh or ru */
public record TalkSnapshot(UUID id, String conferenceId, UUID sessionId, Map<String, String> title,
                           OffsetDateTime startsAt, OffsetDateTime endsAt, String language, List<UUID> speakerIds,
                           long version) {
}
