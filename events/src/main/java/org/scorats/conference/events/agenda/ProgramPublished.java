package org.scorats.conference.events.agenda;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Organizers published the program as a numbered release.
 *
 * @param previousRelease the release it is compared with; null for the first
 * @param changes         everything that differs from the previous release
 * @param affectedParticipantIds everyone some change concerns, once each
 */
public record ProgramPublished(String conferenceId, int release, Integer previousRelease, String comment,
                               OffsetDateTime publishedAt, List<ProgramChange> changes,
                               List<UUID> affectedParticipantIds) {
}
