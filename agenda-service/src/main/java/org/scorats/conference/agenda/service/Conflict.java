package org.scorats.conference.agenda.service;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One clash found in the draft, as reported to the organizer.
 *
 * @param rule   speaker-double-booked, room-double-booked, talk-outside-session or session-outside-conference
 * @param item   session or talk: what the change clashes with
 * @param title  its English title
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Conflict(String rule, String item, UUID id, String title, OffsetDateTime startsAt, OffsetDateTime endsAt,
                       UUID speakerId, UUID roomId) {
}
