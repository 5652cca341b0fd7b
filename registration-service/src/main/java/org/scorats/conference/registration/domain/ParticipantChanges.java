package org.scorats.conference.registration.domain;

import java.util.List;

/**
 * One read of an organization's change feed: each participant once, in its latest state.
 *
 * @param nextCursor where to read on from; always given, also when nothing changed
 * @param more       whether more changes wait right now
 */
public record ParticipantChanges(List<Participant> changed, String nextCursor, boolean more) {
}
