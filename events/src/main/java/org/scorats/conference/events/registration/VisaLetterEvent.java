package org.scorats.conference.events.registration;

import java.util.UUID;

/**
 * A visa invitation letter was issued (or revoked): the applicant is told, in their language,
 * where to download it. No passport data travels.
 *
 * @param language the letter's language (en, zh, ru)
 */
public record VisaLetterEvent(UUID letterId, UUID participantId, String conferenceId, String reference, String status,
                              String language, long version) {
}
