package org.scorats.conference.events.agenda;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One difference between two releases of the program.
 *
 * @param kind                   added, cancelled, moved (time or room) or speakers-changed
 * @param item                   session or talk
 * @param title                  by language, as in the newer release (the older for cancellations)
 * @param before                 time and room in the older release; null for additions
 * @param after                  time and room in the newer release; null for cancellations
 * @param speakersAdded          speaker ids (chairs, for sessions) who joined the item
 * @param speakersRemoved        speaker ids who left it
 * @param assignedParticipantIds registered participants who became speakers (chairs) of the item:
 *                               for them the change is an assignment
 * @param affectedParticipantIds the registered participants this change concerns: its speakers and
 *                               chairs before and after, and delegates who marked the session
 */
public record ProgramChange(String kind, String item, UUID id, UUID sessionId, Map<String, String> title,
                            Slot before, Slot after, List<UUID> speakersAdded, List<UUID> speakersRemoved,
                            List<UUID> assignedParticipantIds, List<UUID> affectedParticipantIds) {

    /** @param room the room's name by language; null for items without a room */
    public record Slot(OffsetDateTime startsAt, OffsetDateTime endsAt, Map<String, String> room) {
    }
}
