package org.scorats.conference.events.agenda;

import java.util.UUID;

/**
 * @param participantId the registered participant this speaker is, or null for a guest not (yet) registered
 */
public record SpeakerSnapshot(UUID id, String conferenceId, UUID participantId, String givenName, String familyName,
                              String givenNameLatin, String familyNameLatin, String organization, long version) {
}
