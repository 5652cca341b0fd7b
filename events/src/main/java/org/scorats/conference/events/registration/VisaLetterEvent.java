package org.scorats.conference.events.registration;

import java.util.UUID;

/**
 * A visa invitation letter was issued or revoked: the applicant is told, in their language, where
 * to download it, or that it no longer stands. No passport data travels.
 *
 * @param organizationCode the applicant's organization, whose partner may receive it as a webhook
 * @param language the letter's language (en, zh, ru)
 * @param reason   why it was revoked; null when issued
 */
public record VisaLetterEvent(UUID letterId, UUID participantId, String conferenceId, String organizationCode,
                              String reference, String status, String language, String reason, long version) {
}
