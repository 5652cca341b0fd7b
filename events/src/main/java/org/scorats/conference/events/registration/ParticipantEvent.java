package org.scorats.conference.events.registration;

import java.util.List;

/**
 * The payload of every participant event; the event type says what happened.
 *
 * @param previousStatus the status before a status change, else the current one
 * @param reason         the organizer's reason (rejections), else null
 * @param changedFields  for updates, the top-level fields that changed; else empty
 */
public record ParticipantEvent(
        ParticipantSnapshot participant,
        String previousStatus,
        String reason,
        List<String> changedFields) {

    public ParticipantEvent {
        changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
    }
}
